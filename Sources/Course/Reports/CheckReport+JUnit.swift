import Foundation

extension CheckReport {
    /// The report as JUnit XML, as CI systems read it: one `testcase` per exercise, a
    /// `failure` for a wrong or unstarted answer, an `error` for an exception or a timeout,
    /// and what the answer printed in `system-out`.
    public func junit() -> String {
        let failures = results.filter { [.fail, .notStarted].contains($0.verdict.status) }.count
        let errors = results.filter { [.error, .timeout].contains($0.verdict.status) }.count
        let time = results.reduce(0) { $0 + $1.seconds }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"course check\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(Self.seconds(time))\">\n"
        xml += "  <testsuite name=\"exercises\" tests=\"\(results.count)\" failures=\"\(failures)\" errors=\"\(errors)\" skipped=\"0\" time=\"\(Self.seconds(time))\">\n"
        for result in results {
            let verdict = result.verdict
            xml += "    <testcase classname=\"exercises\" name=\"\(Self.escape(result.id))\" file=\"\(Self.escape(result.path))\" time=\"\(Self.seconds(result.seconds))\""
            let body = (verdict.details + (verdict.bonus.map { [$0] } ?? [])).joined(separator: "\n")
            switch verdict.status {
            case .pass:
                xml += verdict.output.isEmpty ? "/>\n" : ">\n"
            case .fail, .notStarted:
                xml += ">\n      <failure type=\"\(verdict.status.rawValue)\" message=\"\(Self.escape(verdict.message))\">\(Self.escape(body))</failure>\n"
            case .error, .timeout:
                xml += ">\n      <error type=\"\(verdict.status.rawValue)\" message=\"\(Self.escape(verdict.message))\">\(Self.escape(body))</error>\n"
            }
            if verdict.status != .pass || !verdict.output.isEmpty {
                if !verdict.output.isEmpty { xml += "      <system-out>\(Self.escape(verdict.output))</system-out>\n" }
                xml += "    </testcase>\n"
            }
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }

    /// Text made safe for XML attributes and content; characters XML 1.0 forbids are dropped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "\n", "\t", "\r": escaped.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF { escaped.unicodeScalars.append(scalar) }
            }
        }
        return escaped
    }
}
