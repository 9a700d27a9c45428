extension Notebook {
    /// The section a reader means by `query`: a number (`6.2`), a slug (`broadcasting`)
    /// or a case-insensitive fragment of its title (`ufunc`).
    ///
    /// A number or slug is exact. A title equal to the query wins over titles that
    /// merely contain it. No match, or several, throws an error listing the candidates.
    public func section(matching query: String) throws(NotebookError) -> Section {
        let sections = allSections
        let wanted = query.trimmingCharacters().lowercased()
        if !wanted.isEmpty {
            if wanted.allSatisfy({ $0.isNumber || $0 == "." }) {
                if let match = sections.first(where: { $0.numberText == wanted && !$0.number.isEmpty }) {
                    return match
                }
            } else {
                if let match = sections.first(where: { $0.slug == wanted }) { return match }
                let equal = sections.filter { $0.title.lowercased() == wanted }
                if equal.count == 1 { return equal[0] }
                let wantedSlug = Slugger.slug(wanted)
                let containing = sections.filter {
                    $0.title.lowercased().contains(wanted) || (!wantedSlug.isEmpty && $0.slug.contains(wantedSlug))
                }
                if containing.count == 1 { return containing[0] }
                if containing.count > 1 {
                    throw NotebookError(
                        .ambiguousSection, at: location(),
                        "'\(query)' matches \(containing.count) sections; give the number or slug of one:",
                        notes: Self.candidateLines(containing))
                }
            }
        }
        throw NotebookError(
            .unknownSection, at: location(),
            sections.isEmpty
                ? "no section matches '\(query)': this notebook has no headings"
                : "no section matches '\(query)'; the sections are:",
            notes: Self.candidateLines(sections))
    }

    /// One line per section: indented number, title and slug.
    static func candidateLines(_ sections: [Section]) -> [String] {
        let numberWidth = sections.map(\.numberText.count).max() ?? 0
        return sections.map { section in
            let number = section.numberText.padding(toLength: numberWidth, withPad: " ", startingAt: 0)
            return "  \(number)  \(section.title)  [\(section.slug)]"
        }
    }
}
