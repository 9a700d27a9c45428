import Testing
@testable import TensorCore

/// Every message in the NumPy facts file, byte for byte (the trailing spaces are real).
@Suite("NumPy's error messages")
struct ErrorMessageTests {
    /// The error `body` throws, as Python prints it, or nil when it succeeds.
    private func message(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch {
            return (error as? TensorError)?.description ?? "not a TensorError: \(error)"
        }
    }

    @Test("A ufunc's broadcast error names every operand's shape, each followed by a space")
    func ufuncBroadcast() {
        #expect(message { _ = try Broadcasting.shape([5, 9], [5]) }
            == "ValueError: operands could not be broadcast together with shapes (5,9) (5,) ")
        #expect(message { _ = try Broadcasting.shape(of: [[5, 9], [], [3]]) }
            == "ValueError: operands could not be broadcast together with shapes (5,9) () (3,) ")
    }

    @Test("A ufunc with out= names the output's shape too, and an output too small for the broadcast")
    func outputShapes() throws {
        #expect(message { _ = try UFunc.add(.array(NDArray.ones([5, 9])), .scalar(1), out: NDArray.zeros([3])) }
            == "ValueError: operands could not be broadcast together with shapes (5,9) () (3,) ")
        #expect(message { _ = try UFunc.add(.array(NDArray.ones([2, 5, 9])), .scalar(1), out: NDArray.zeros([5, 9])) }
            == "ValueError: non-broadcastable output operand with shape (5,9) doesn't match the broadcast shape (2,5,9)")
        #expect(message { _ = try UFunc.add(.array(NDArray.ones([2])), .array(NDArray.ones([2])), out: NDArray.zeros([2], dtype: .int8)) }
            == "UFuncTypeError: Cannot cast ufunc 'add' output from dtype('float64') to dtype('int8') with casting rule 'same_kind'")
        #expect(message { _ = try UFunc.add(.array(NDArray.ones([2], dtype: .uint8)), .scalar(1000)) }
            == "OverflowError: Python integer 1000 out of bounds for uint8")
        #expect(message { _ = try UFunc.power(.array(NDArray.arange(3)), .scalar(-1)) }
            == "ValueError: Integers to negative integer powers are not allowed.")
    }

    @Test("broadcast_to names the original shape and the requested one")
    func broadcastTo() throws {
        let ones = try NDArray.ones([3])
        #expect(message { _ = try ones.broadcast(to: [4, 2]) }
            == "ValueError: operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (4,2)")
        #expect(message { _ = try NDArray.ones([2, 3]).broadcast(to: [3]) }
            == "ValueError: input operand has more dimensions than allowed by the axis remapping")
        #expect(message { _ = try ones.broadcast(to: []) } == "ValueError: cannot broadcast a non-scalar to a scalar array")
        #expect(message { _ = try ones.broadcast(to: [-1, 3]) }
            == "ValueError: all elements of broadcast shape must be non-negative")
    }

    @Test("broadcast_shapes and broadcast_arrays name the two arguments that clash")
    func broadcastShapes() throws {
        let expected = "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (5, 9) and arg 1 with shape (5,)."
        #expect(message { _ = try Broadcasting.broadcastShapes([[5, 9], [5]]) } == expected)
        #expect(message { _ = try NDArray.broadcastArrays([NDArray.ones([5, 9]), NDArray.ones([5])]) } == expected)
        #expect(message { _ = try Broadcasting.broadcastShapes([[1, 3], [4, 1], [2, 1]]) }
            == "ValueError: shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 1 with shape (4, 1) and arg 2 with shape (2, 1).")
    }

    @Test("Indexing errors")
    func indexing() throws {
        let a = try NDArray.zeros([2, 3, 4])
        #expect(message { _ = try a.view(at: [.integer(5)]) } == "IndexError: index 5 is out of bounds for axis 0 with size 2")
        #expect(message { _ = try a.view(at: [.all, .integer(-4)]) } == "IndexError: index -4 is out of bounds for axis 1 with size 3")
        #expect(message { _ = try a.view(at: [.integer(0), .integer(0), .integer(0), .integer(0)]) }
            == "IndexError: too many indices for array: array is 3-dimensional, but 4 were indexed")
        #expect(message { _ = try a.view(at: [.ellipsis, .ellipsis]) } == "IndexError: an index can only have a single ellipsis ('...')")
        #expect(message { _ = try a.view(at: [.slice(start: nil, stop: nil, step: 0)]) } == "ValueError: slice step cannot be zero")
    }

    @Test("Reshape errors")
    func reshape() throws {
        let a = try NDArray.arange(6).reshaped([2, 3])
        #expect(message { _ = try a.reshaped([4, 2]) } == "ValueError: cannot reshape array of size 6 into shape (4,2)")
        #expect(message { _ = try a.reshaped([4, -1]) } == "ValueError: cannot reshape array of size 6 into shape (4,newaxis)")
        #expect(message { _ = try a.reshaped([-1, -1]) } == "ValueError: can only specify one unknown dimension")
        #expect(message { _ = try a.reshaped([7]) } == "ValueError: cannot reshape array of size 6 into shape (7,)")
    }

    @Test("Axis errors name their argument where NumPy does")
    func axes() throws {
        let a = try NDArray.zeros([2, 3])
        #expect(message { _ = try a.transposed([0, 2]) } == "AxisError: axis 2 is out of bounds for array of dimension 2")
        #expect(message { _ = try a.transposed([0, 0]) } == "ValueError: repeated axis in transpose")
        #expect(message { _ = try a.transposed([0]) } == "ValueError: axes don't match array")
        #expect(message { _ = try a.swappingAxes(0, -3) } == "AxisError: axis2: axis -3 is out of bounds for array of dimension 2")
        #expect(message { _ = try a.movingAxes(from: [0], to: [5]) }
            == "AxisError: destination: axis 5 is out of bounds for array of dimension 2")
        #expect(message { _ = try a.expandingDimensions([3]) } == "AxisError: axis 3 is out of bounds for array of dimension 3")
        #expect(message { _ = try a.squeezed([0]) }
            == "ValueError: cannot select an axis to squeeze out which has size not equal to one")
    }

    @Test("Creation errors")
    func creation() {
        #expect(message { _ = try NDArray.zeros([-1]) } == "ValueError: negative dimensions are not allowed")
        #expect(message { _ = try NDArray.zeros([1_000_000_000_000]) }
            == "MemoryError: Unable to allocate 7.28 TiB for an array with shape (1000000000000,) and data type float64")
        #expect(message { _ = try NDArray.zeros([1_000_000, 1_000_000, 1_000_000]) }
            == "MemoryError: Unable to allocate 6.94 EiB for an array with shape (1000000, 1000000, 1000000) and data type float64")
        #expect(message { _ = try NDArray([[1, 2], [3]]) }
            == "ValueError: setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part.")
        #expect(message { _ = try NDArray([300], dtype: .uint8) } == "OverflowError: Python integer 300 out of bounds for uint8")
        #expect(message { _ = try NDArray.arange(-3, 3, dtype: .uint8) } == "OverflowError: Python integer -3 out of bounds for uint8")
        #expect(message { _ = try NDArray.arange(0, 5, step: 0) } == "ZeroDivisionError: division by zero")
        #expect(message { _ = try NDArray.linspace(0, 1, count: -1) } == "ValueError: Number of samples, -1, must be non-negative.")
    }

    @Test("Writing through a read-only or mismatched destination")
    func assignment() throws {
        let a = try NDArray.zeros([3])
        #expect(message { try a.broadcast(to: [2, 3]).assign(1) } == "ValueError: assignment destination is read-only")
        #expect(message { try a.assign(NDArray.ones([2])) }
            == "ValueError: could not broadcast input array from shape (2,) into shape (3,)")
        #expect(message { try NDArray.zeros([2], dtype: .uint8).assign(.int(256), at: [.integer(0)]) }
            == "OverflowError: Python integer 256 out of bounds for uint8")
    }
}
