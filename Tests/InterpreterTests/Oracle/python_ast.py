"""CPython's syntax trees as compact S-expressions, for the parser's differential tests.

Reads one JSON object per line, {"source": TEXT}, and writes {"tree": TEXT} or
{"error": "Type: message", "line": N, "offset": N} per line. The format is the one
ASTDump.swift writes for the project's own trees.
"""
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")

OPERATORS = {
    ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.FloorDiv: "//", ast.Mod: "%",
    ast.Pow: "**", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>", ast.BitAnd: "&",
    ast.BitOr: "|", ast.BitXor: "^", ast.UAdd: "+", ast.USub: "-", ast.Invert: "~", ast.Not: "not",
    ast.And: "and", ast.Or: "or", ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=",
    ast.Gt: ">", ast.GtE: ">=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is", ast.IsNot: "is not",
}


def many(nodes):
    return " ".join(dump(node) for node in nodes)


def opt(node):
    return "_" if node is None else dump(node)


def constant(value):
    if value is None:
        return "None"
    if value is Ellipsis:
        return "..."
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return "int:%d" % value
    if isinstance(value, float):
        return "float:%s" % value.hex()
    if isinstance(value, complex):
        return "imaginary:%s" % value.imag.hex()
    if isinstance(value, str):
        return "str:%s" % json.dumps(value)
    if isinstance(value, bytes):
        return "bytes:%s" % value.hex()
    raise ValueError(value)


def parameters(arguments):
    positional = arguments.posonlyargs + arguments.args
    return "(params %d (%s) (%s) %s (%s) (%s) %s)" % (
        len(arguments.posonlyargs),
        " ".join(a.arg for a in positional),
        many(arguments.defaults),
        arguments.vararg.arg if arguments.vararg else "_",
        " ".join(a.arg for a in arguments.kwonlyargs),
        " ".join(opt(d) for d in arguments.kw_defaults),
        arguments.kwarg.arg if arguments.kwarg else "_",
    )


def dump(node):
    kind = type(node)
    if kind is ast.Name:
        return node.id
    if kind is ast.Constant:
        return constant(node.value)
    if kind is ast.JoinedStr:
        return "(fstring %s)" % many(node.values)
    if kind is ast.FormattedValue:
        conversion = "_" if node.conversion == -1 else chr(node.conversion)
        return "(field %s %s %s)" % (dump(node.value), conversion, opt(node.format_spec))
    if kind is ast.UnaryOp:
        return "(%s %s)" % (OPERATORS[type(node.op)], dump(node.operand))
    if kind is ast.BinOp:
        return "(%s %s %s)" % (OPERATORS[type(node.op)], dump(node.left), dump(node.right))
    if kind is ast.BoolOp:
        return "(%s %s)" % (OPERATORS[type(node.op)], many(node.values))
    if kind is ast.Compare:
        pairs = " ".join("%s %s" % (OPERATORS[type(o)], dump(c)) for o, c in zip(node.ops, node.comparators))
        return "(compare %s %s)" % (dump(node.left), pairs)
    if kind is ast.IfExp:
        return "(ifexp %s %s %s)" % (dump(node.test), dump(node.body), dump(node.orelse))
    if kind is ast.Lambda:
        return "(lambda %s %s)" % (parameters(node.args), dump(node.body))
    if kind is ast.Call:
        keywords = " ".join("(kw %s %s)" % (k.arg or "**", dump(k.value)) for k in node.keywords)
        return "(call %s (%s) (%s))" % (dump(node.func), many(node.args), keywords)
    if kind is ast.Starred:
        return "(* %s)" % dump(node.value)
    if kind is ast.Attribute:
        return "(. %s %s)" % (dump(node.value), node.attr)
    if kind is ast.Subscript:
        return "([] %s %s)" % (dump(node.value), dump(node.slice))
    if kind is ast.Slice:
        return "(slice %s %s %s)" % (opt(node.lower), opt(node.upper), opt(node.step))
    if kind is ast.Tuple:
        return "(tuple %s)" % many(node.elts)
    if kind is ast.List:
        return "(list %s)" % many(node.elts)
    if kind is ast.Set:
        return "(set %s)" % many(node.elts)
    if kind is ast.Dict:
        return "(dict %s)" % " ".join("(%s %s)" % (opt(k), dump(v)) for k, v in zip(node.keys, node.values))
    if kind is ast.comprehension:
        return "(for %s %s %s)" % (dump(node.target), dump(node.iter), many(node.ifs))
    if kind is ast.ListComp:
        return "(listcomp %s %s)" % (dump(node.elt), many(node.generators))
    if kind is ast.SetComp:
        return "(setcomp %s %s)" % (dump(node.elt), many(node.generators))
    if kind is ast.GeneratorExp:
        return "(genexp %s %s)" % (dump(node.elt), many(node.generators))
    if kind is ast.DictComp:
        return "(dictcomp %s %s %s)" % (dump(node.key), dump(node.value), many(node.generators))
    if kind is ast.Yield:
        return "(yield %s)" % opt(node.value)
    if kind is ast.YieldFrom:
        return "(yieldfrom %s)" % dump(node.value)
    if kind is ast.NamedExpr:
        return "(:= %s %s)" % (dump(node.target), dump(node.value))
    if kind is ast.Expr:
        return "(expr %s)" % dump(node.value)
    if kind is ast.Assign:
        return "(assign (%s) %s)" % (many(node.targets), dump(node.value))
    if kind is ast.AugAssign:
        return "(augassign %s %s %s)" % (dump(node.target), OPERATORS[type(node.op)], dump(node.value))
    if kind is ast.AnnAssign:
        return "(annassign %s %s %s)" % (dump(node.target), dump(node.annotation), opt(node.value))
    if kind is ast.If:
        return "(if %s (%s) (%s))" % (dump(node.test), many(node.body), many(node.orelse))
    if kind is ast.While:
        return "(while %s (%s) (%s))" % (dump(node.test), many(node.body), many(node.orelse))
    if kind is ast.For:
        return "(for %s %s (%s) (%s))" % (dump(node.target), dump(node.iter), many(node.body), many(node.orelse))
    if kind is ast.FunctionDef:
        decorators = " (@ %s)" % many(node.decorator_list) if node.decorator_list else ""
        return "(def %s %s (%s)%s)" % (node.name, parameters(node.args), many(node.body), decorators)
    if kind is ast.ClassDef:
        keywords = " ".join("(%s %s)" % (k.arg or "**", dump(k.value)) for k in node.keywords)
        decorators = " (@ %s)" % many(node.decorator_list) if node.decorator_list else ""
        return "(class %s (%s) (%s) (%s)%s)" % (node.name, many(node.bases), keywords, many(node.body), decorators)
    if kind is ast.Return:
        return "(return %s)" % opt(node.value)
    if kind is ast.Pass:
        return "(pass)"
    if kind is ast.Break:
        return "(break)"
    if kind is ast.Continue:
        return "(continue)"
    if kind is ast.Assert:
        return "(assert %s %s)" % (dump(node.test), opt(node.msg))
    if kind is ast.Delete:
        return "(del %s)" % many(node.targets)
    if kind is ast.Import:
        return "(import %s)" % " ".join("(%s %s)" % (a.name, a.asname or "_") for a in node.names)
    if kind is ast.ImportFrom:
        return "(from %s %s)" % (node.module, " ".join("(%s %s)" % (a.name, a.asname or "_") for a in node.names))
    if kind is ast.Global:
        return "(global %s)" % " ".join(node.names)
    if kind is ast.Nonlocal:
        return "(nonlocal %s)" % " ".join(node.names)
    if kind is ast.Try:
        handlers = " ".join(
            "(except %s %s (%s))" % (opt(h.type), h.name or "_", many(h.body)) for h in node.handlers)
        return "(try (%s) (%s) (%s) (%s))" % (many(node.body), handlers, many(node.orelse), many(node.finalbody))
    if kind is ast.With:
        items = " ".join("(%s %s)" % (dump(i.context_expr), opt(i.optional_vars)) for i in node.items)
        return "(with (%s) (%s))" % (items, many(node.body))
    if kind is ast.Raise:
        return "(raise %s %s)" % (opt(node.exc), opt(node.cause))
    return "(unsupported %s)" % kind.__name__


def answer(source):
    try:
        tree = ast.parse(source)
        compile(source, "<cell>", "exec")
    except SyntaxError as error:
        return {"error": "%s: %s" % (type(error).__name__, error.msg), "line": error.lineno, "offset": error.offset}
    return {"tree": many(tree.body)}


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line)["source"])))
