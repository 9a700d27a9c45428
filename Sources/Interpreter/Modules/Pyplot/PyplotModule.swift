import Charts
import TensorCore

/// `import matplotlib.pyplot as plt`: the state-machine interface, building `Charts`
/// figures that `show()`, `savefig()` or the end of the cell hand to the display.
enum PyplotModule {
    static func make(_ runtime: Runtime) -> ModuleObject {
        let module = ModuleObject(name: "matplotlib.pyplot", attributes: [:])
        let state = runtime.pyplot
        module.define("figure") { arguments throws(PythonError) in
            try arguments.allowOnly(["figsize", "num", "dpi"], function: "figure")
            var (width, height) = (6.4, 4.8)
            if let size = arguments.keyword("figsize"), !size.isNoneValue {
                let values = try numbers(size, "figure")
                guard values.count == 2, values.allSatisfy({ $0 > 0 && $0.isFinite }) else {
                    throw .valueError("figure size must be two positive finite numbers, not \(try size.repr())")
                }
                (width, height) = (values[0], values[1])
            }
            state.newFigure(width: width, height: height)
            return .object(PlotHandle("Figure", text: state.currentFigureValue.summary))
        }
        module.define("subplot") { arguments throws(PythonError) in
            try arguments.noKeywords("subplot")
            state.select(try position(arguments))
            return .object(PlotHandle("Axes", text: "<Axes: >"))
        }
        for (name, xScale, yScale) in [("plot", nil, nil), ("loglog", Scale.log, Scale.log), ("semilogx", .log, nil), ("semilogy", nil, .log)] {
            module.define(name) { arguments throws(PythonError) in
                let lines = try plot(arguments, name, state: state, xScale: xScale, yScale: yScale)
                return .object(ListObject(lines.map { _ in .object(PlotHandle("lines.Line2D")) }))
            }
        }
        module.define("imshow") { arguments throws(PythonError) in
            try imshow(arguments, state: state)
            return .object(PlotHandle("image.AxesImage"))
        }
        for (name, set) in labelSetters {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                let text = try arguments.positional[0].str()
                try state.updatePanel { panel throws(PythonError) in set(&panel, text) }
                return .object(PlotHandle("text.Text", text: "Text(0.5, 1.0, \(try Value.string(text).repr()))"))
            }
        }
        module.define("suptitle") { arguments throws(PythonError) in
            try arguments.expectCount(1...1, "suptitle")
            let text = try arguments.positional[0].str()
            state.updateFigure { $0.title = text }
            return .object(PlotHandle("text.Text", text: "Text(0.5, 0.98, \(try Value.string(text).repr()))"))
        }
        for (name, isX) in [("xscale", true), ("yscale", false)] {
            module.define(name) { arguments throws(PythonError) in
                try arguments.expectCount(1...1, name)
                guard case .string(let text) = arguments.positional[0], let scale = Scale(rawValue: text) else {
                    throw .valueError("\(try arguments.positional[0].repr()) is not a valid value for scale; supported values are 'linear', 'log'")
                }
                try state.updatePanel { panel throws(PythonError) in if isX { panel.xScale = scale } else { panel.yScale = scale } }
                return .none
            }
        }
        for (name, isX) in [("xlim", true), ("ylim", false)] {
            module.define(name) { arguments throws(PythonError) in
                var values = arguments.positional
                if values.count == 1, case .tuple(let pair) = values[0] { values = pair }
                guard values.count == 2 else { throw .typeError("\(name)() takes the two limits, as \(name)(low, high)") }
                let low = try MathModule.number(values[0], name)
                let high = try MathModule.number(values[1], name)
                guard low != high, low.isFinite, high.isFinite else { throw .valueError("\(name)() needs two different finite limits") }
                try state.updatePanel { panel throws(PythonError) in
                    if isX { panel.xLimits = min(low, high)...max(low, high) } else { panel.yLimits = min(low, high)...max(low, high) }
                }
                return .tuple([.float(low), .float(high)])
            }
        }
        module.define("legend") { arguments throws(PythonError) in
            try arguments.allowOnly(["loc", "fontsize", "frameon"], function: "legend")
            try state.updatePanel { panel throws(PythonError) in
                if panel.legendEntries.isEmpty {
                    try runtime.report([TensorWarning(
                        category: "UserWarning",
                        "No artists with labels found to put in legend.  Note that artists whose label start with an underscore are ignored when legend() is called with no argument.")])
                }
                panel.showsLegend = true
            }
            return .object(PlotHandle("legend.Legend", text: "<matplotlib.legend.Legend object>"))
        }
        module.define("grid") { arguments throws(PythonError) in
            try arguments.allowOnly(["visible", "which", "axis", "alpha", "linestyle", "color"], function: "grid")
            let visible = try (arguments.positional.first ?? arguments.keyword("visible"))?.isTruthy() ?? true
            try state.updatePanel { panel throws(PythonError) in panel.showsGrid = visible }
            return .none
        }
        module.define("colorbar") { arguments throws(PythonError) in
            try state.updatePanel { panel throws(PythonError) in
                guard panel.image != nil else {
                    throw PythonError(ExceptionTypes.runtimeError, "No mappable was found to use for colorbar creation. First define a mappable such as an image (with imshow) or a contour set (with contourf).")
                }
                panel.showsColorbar = true
            }
            return .object(PlotHandle("colorbar.Colorbar", text: "<matplotlib.colorbar.Colorbar object>"))
        }
        module.define("show") { arguments throws(PythonError) in
            try arguments.allowOnly(["block"], function: "show")
            try state.showAll(runtime)
            return .none
        }
        module.define("savefig") { arguments throws(PythonError) in
            try arguments.allowOnly(["dpi", "bbox_inches", "format", "transparent"], function: "savefig")
            try arguments.expectCount(1...1, "savefig")
            guard case .string(let name) = arguments.positional[0] else { throw .typeError("savefig() needs a file name (a str)") }
            guard let file = savedName(name) else {
                throw .valueError("savefig(\(try Value.string(name).repr())): give a plain file name such as 'plot.svg'; figures are saved as SVG in the run's output folder")
            }
            runtime.display(state.currentFigureValue, file)
            return .none
        }
        module.define("close") { arguments throws(PythonError) in
            let all = arguments.positional.first.map { if case .string("all") = $0 { true } else { false } } ?? false
            state.close(all: all)
            return .none
        }
        module.define("gcf") { _ throws(PythonError) in .object(PlotHandle("Figure", text: state.currentFigureValue.summary)) }
        return module
    }

    private static let labelSetters: [(String, @Sendable (inout Panel, String) -> Void)] = [
        ("xlabel", { $0.xLabel = $1 }), ("ylabel", { $0.yLabel = $1 }), ("title", { $0.title = $1 }),
    ]

    /// The file name a figure is saved under: the name without folders, ending in `.svg`.
    static func savedName(_ name: String) -> String? {
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix(".") else { return nil }
        var stem = Substring(name)
        if let dot = stem.lastIndex(of: "."), ["svg", "png", "pdf", "jpg", "jpeg"].contains(stem[stem.index(after: dot)...].lowercased()) {
            stem = stem[..<dot]
        }
        guard !stem.isEmpty, stem.allSatisfy({ $0.isLetter || $0.isNumber || "-_.".contains($0) }) else { return nil }
        return stem + ".svg"
    }

    /// `subplot(211)` or `subplot(2, 1, 1)`.
    private static func position(_ arguments: Arguments) throws(PythonError) -> GridPosition {
        var numbers: [Int] = []
        for value in arguments.positional {
            guard let number = try Operators.index(value, for: "subplot") else { throw .typeError("subplot() takes integers") }
            numbers.append(number)
        }
        if numbers.isEmpty { return .whole }
        if numbers.count == 1 {
            let code = numbers[0]
            guard (111...999).contains(code), code % 10 > 0 else {
                throw .valueError("Integer subplot specification must be a three-digit number, not \(code)")
            }
            numbers = [code / 100, code / 10 % 10, code % 10]
        }
        guard numbers.count == 3 else { throw .typeError("subplot() takes 1 or 3 positional arguments but \(numbers.count) were given") }
        let (rows, columns, index) = (numbers[0], numbers[1], numbers[2])
        guard rows > 0, columns > 0 else { throw .valueError("Number of rows and columns must be a positive integer, not \(rows) and \(columns)") }
        guard (1...(rows * columns)).contains(index) else {
            throw .valueError("num must be an integer with 1 <= num <= \(rows * columns), not \(index)")
        }
        return GridPosition(rows: rows, columns: columns, index: index)
    }

    /// `plot([x], y, [fmt], [x2], y2, [fmt2], ..., label=, color=, marker=, linestyle=, linewidth=)`.
    private static func plot(_ arguments: Arguments, _ name: String, state: PyplotState, xScale: Scale?, yScale: Scale?) throws(PythonError) -> [LineSeries] {
        try arguments.allowOnly(["label", "color", "c", "marker", "linestyle", "ls", "linewidth", "lw", "base", "alpha", "markersize", "ms"], function: name)
        var groups: [(x: Value?, y: Value, format: String?)] = []
        var pending = arguments.positional[...]
        while let first = pending.first {
            pending = pending.dropFirst()
            var group: (x: Value?, y: Value, format: String?) = (nil, first, nil)
            if let second = pending.first, !isString(second) {
                group = (first, second, nil)
                pending = pending.dropFirst()
            }
            if case .string(let format)? = pending.first {
                group.format = format
                pending = pending.dropFirst()
            }
            if case .string = group.y { throw .valueError("plot() got a string where it expected data: \(try group.y.repr())") }
            groups.append(group)
        }
        var made: [LineSeries] = []
        try state.updatePanel { panel throws(PythonError) in
            if let xScale { panel.xScale = xScale }
            if let yScale { panel.yScale = yScale }
            for group in groups {
                let yColumns = try columns(group.y, name)
                let xColumns = try group.x.map { value throws(PythonError) in try columns(value, name) }
                    ?? [Array(0..<(yColumns.first?.count ?? 0)).map(Double.init)]
                for (index, y) in yColumns.enumerated() {
                    let x = xColumns.count == 1 ? xColumns[0] : xColumns[min(index, xColumns.count - 1)]
                    guard x.count == y.count else {
                        throw .valueError("x and y must have same first dimension, but have shapes (\(x.count),) and (\(y.count),)")
                    }
                    var line = LineSeries(x: x, y: y, color: panel.nextColor)
                    if let format = group.format { try apply(format: format, to: &line) }
                    try apply(arguments, to: &line)
                    panel.lines.append(line)
                    made.append(line)
                }
            }
        }
        return made
    }

    /// A plot argument as columns of numbers: a vector is one column, a matrix one per column.
    private static func columns(_ value: Value, _ name: String) throws(PythonError) -> [[Double]] {
        let array = try NumPyBridge.array(value)
        let values = array.elements.map(\.doubleValue)
        switch array.ndim {
        case 0: return [values]
        case 1: return [values]
        case 2:
            let (rows, count) = (array.shape[0], array.shape[1])
            return (0..<count).map { column in (0..<rows).map { values[$0 * count + column] } }
        default: throw .valueError("\(name)() takes one- or two-dimensional data, not an array of shape \(shapeText(array.shape))")
        }
    }

    /// A format string such as `"r--"`, `"o"` or `"C1.-"`.
    private static func apply(format: String, to line: inout LineSeries) throws(PythonError) {
        var rest = Substring(format)
        var style: LineStyle?
        for candidate in [LineStyle.dashed, .dashDot, .solid, .dotted] where rest.contains(candidate.rawValue) {
            style = candidate
            rest = Substring(rest.replacingOccurrences(of: candidate.rawValue, with: ""))
            break
        }
        var marker: Marker?
        if let found = rest.first(where: { Marker(rawValue: String($0)) != nil }) {
            marker = Marker(rawValue: String(found))
            rest.removeAll { $0 == found }
        }
        if !rest.isEmpty {
            guard let color = Color.named(String(rest)) else { throw .valueError("\(try Value.string(format).repr()) is not a valid format string (unrecognized character)") }
            line.color = color
        }
        line.marker = marker
        line.style = style ?? (marker == nil ? .solid : .none)
    }

    private static func apply(_ arguments: Arguments, to line: inout LineSeries) throws(PythonError) {
        if let label = arguments.keyword("label"), !label.isNoneValue { line.label = try label.str() }
        if let value = arguments.keyword("color") ?? arguments.keyword("c") {
            guard case .string(let name) = value, let color = Color.named(name) else { throw .valueError("\(try value.repr()) is not a valid color value.") }
            line.color = color
        }
        if let value = arguments.keyword("marker"), !value.isNoneValue {
            guard case .string(let text) = value, let marker = Marker(rawValue: text) else {
                throw .valueError("Unrecognized marker style \(try value.repr())")
            }
            line.marker = marker
        }
        if let value = arguments.keyword("linestyle") ?? arguments.keyword("ls") {
            let text = value.isNoneValue ? "None" : try value.str()
            let names = ["solid": "-", "dashed": "--", "dotted": ":", "dashdot": "-.", "None": "", "none": "", " ": ""]
            guard let style = LineStyle(rawValue: names[text] ?? text) else { throw .valueError("\(try value.repr()) is not a valid value for ls") }
            line.style = style
        }
        if let value = arguments.keyword("linewidth") ?? arguments.keyword("lw") { line.width = try MathModule.number(value, "plot") }
    }

    private static func imshow(_ arguments: Arguments, state: PyplotState) throws(PythonError) {
        try arguments.allowOnly(["cmap", "aspect", "interpolation", "vmin", "vmax", "origin", "extent"], function: "imshow")
        try arguments.expectCount(1...1, "imshow")
        let array = try NumPyBridge.array(arguments.positional[0])
        guard array.ndim == 2, array.size > 0 else {
            throw .typeError("Invalid shape \(shapeText(array.shape)) for image data")
        }
        var colormap = Colormap.viridis
        if let value = arguments.keyword("cmap"), !value.isNoneValue {
            guard case .string(let name) = value, let named = Colormap.named(name) else {
                throw .valueError("\(try value.repr()) is not a colormap course cells can use; use 'viridis' or 'gray'")
            }
            colormap = named
        }
        var equal = true
        if let value = arguments.keyword("aspect"), !value.isNoneValue {
            guard case .string(let aspect) = value, ["auto", "equal"].contains(aspect) else {
                throw .valueError("aspect must be 'auto' or 'equal', not \(try value.repr())")
            }
            equal = aspect == "equal"
        }
        var smooth = false
        if let value = arguments.keyword("interpolation"), !value.isNoneValue {
            let name = try value.str()
            let known = ["none", "nearest", "antialiased", "auto", "bilinear", "bicubic"]
            guard known.contains(name) else { throw .valueError("Invalid interpolation \(try value.repr()); course figures know \(known.joined(separator: ", "))") }
            smooth = ["bilinear", "bicubic"].contains(name)
        }
        let low = try arguments.keyword("vmin").flatMap { value throws(PythonError) in value.isNoneValue ? nil : try MathModule.number(value, "imshow") }
        let high = try arguments.keyword("vmax").flatMap { value throws(PythonError) in value.isNoneValue ? nil : try MathModule.number(value, "imshow") }
        let image = ImageLayer(
            rows: array.shape[0], columns: array.shape[1], values: array.elements.map(\.doubleValue), low: low, high: high,
            colormap: colormap, equalAspect: equal, smooth: smooth)
        try state.updatePanel { panel throws(PythonError) in panel.image = image }
    }

    private static func isString(_ value: Value) -> Bool {
        if case .string = value { true } else { false }
    }

    /// A shape as Python prints a tuple: `(2, 3)`, `(5,)`.
    private static func shapeText(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    private static func numbers(_ value: Value, _ name: String) throws(PythonError) -> [Double] {
        var result: [Double] = []
        for item in try Iteration.values(value) { result.append(try MathModule.number(item, name)) }
        return result
    }
}
