/// Moves a non-`Sendable` value to another thread that becomes its only user.
///
/// The compiler cannot see that the sending side never touches the value again (a `CSVReader`
/// handed to the reader thread, for instance), so the caller promises it; keep the promise local
/// and documented where a transfer is made.
struct UncheckedTransfer<Value>: @unchecked Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }
}
