/// One file inside a ZIP archive, as its central directory describes it.
struct ZipEntry: Sendable, Equatable {
    /// The path inside the archive, `/`-separated, checked to be relative and not to climb out.
    var name: String
    var method: UInt16
    var flags: UInt16
    var crc32: UInt32
    var compressedSize: UInt64
    var uncompressedSize: UInt64
    var localHeaderOffset: UInt64

    var isDirectory: Bool { name.hasSuffix("/") }
    var isEncrypted: Bool { flags & 1 != 0 }
}
