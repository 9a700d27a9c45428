import Dispatch
import Interpreter
import TensorCore
import Testing

/// `jax.config.update("jax_enable_x64", …)` belongs to the interpreter that ran it, as the
/// setting belongs to one Python process: other interpreters, on this thread or others, and
/// Swift code outside any interpreter keep their own.
@Suite("jax_enable_x64 per interpreter")
struct JAXSettingTests {
    final class Output: @unchecked Sendable {
        var text = ""
    }

    static func interpreter(_ output: Output) -> Interpreter {
        Interpreter(write: { output.text += $0 })
    }

    @Test("one interpreter's setting is not another's, nor the process's")
    func settingsStayApart() throws {
        let (first, second) = (Output(), Output())
        let wide = Self.interpreter(first)
        let narrow = Self.interpreter(second)
        try wide.run(SourceFile("import jax\nimport jax.numpy as jnp\njax.config.update('jax_enable_x64', True)"))
        try narrow.run(SourceFile("import jax.numpy as jnp\nprint(jnp.arange(3.0).dtype)"))
        try wide.run(SourceFile("print(jnp.arange(3.0).dtype)"))
        #expect(first.text == "float64\n")
        #expect(second.text == "float32\n")
        #expect(!JAXPromotion.isX64Enabled)
    }

    @Test("interpreters on two threads, one switching x64 on and off, never see each other's")
    func concurrentInterpreters() {
        let outputs = [Output(), Output()]
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let interpreter = Self.interpreter(outputs[index])
            let program = index == 0
                ? "jax.config.update('jax_enable_x64', True)\nprint(jnp.ones(2).dtype)\njax.config.update('jax_enable_x64', False)"
                : "print(jnp.ones(2).dtype)"
            do {
                try interpreter.run(SourceFile("import jax\nimport jax.numpy as jnp"))
                for _ in 0..<300 { try interpreter.run(SourceFile(program)) }
            } catch {
                outputs[index].text += "\(error)"
            }
        }
        #expect(outputs[0].text == String(repeating: "float64\n", count: 300))
        #expect(outputs[1].text == String(repeating: "float32\n", count: 300))
    }
}
