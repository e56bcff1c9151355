import Foundation

/// The files of an export, whether it arrived as a folder, a ZIP archive or a single file, so
/// every importer can take any of the three. Paths are `/`-separated and relative to the
/// export's root; a ZIP whose entries all sit under one top folder (as when a folder was
/// zipped), or a folder holding nothing but one folder (as when a ZIP was unpacked into a
/// folder of its own), is rooted at that inner folder.
final class ExportTree {
    /// Handed to every reader of this tree: a record with a problem of its own is skipped and
    /// counted under `--skip-bad` instead of stopping the import.
    var records: RecordGuard?
    enum Storage {
        case folder(URL)
        case zip(ZipArchive, prefix: String, byName: [String: ZipEntry])
        case file(URL)
    }

    let storage: Storage
    let displayName: String
    /// Every file, sorted, relative to the root.
    let paths: [String]

    /// Folders are walked this deep at most: exports nest one or two levels.
    static let maxFolderDepth = 4

    init(url: URL, zipLimits: ZipLimits = .standard) throws {
        displayName = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw ImportError.pathNotFound(path: url.path)
        }
        if isFolder.boolValue {
            // A folder holding only the unpacked export's own folder is rooted there, as a ZIP is.
            let all = ExportTree.walk(url)
            let prefix = ExportTree.commonTopFolder(all)
            storage = .folder(prefix.isEmpty ? url : url.appendingPathComponent(String(prefix.dropLast())))
            paths = all.map { String($0.dropFirst(prefix.count)) }
        } else if ZipArchive.looksLikeZip(url) {
            let archive = try ZipArchive(url: url, displayName: url.path, limits: zipLimits)
            let files = archive.entries.filter { !$0.isDirectory && !ExportTree.isPlatformClutter($0.name) }
            let prefix = ExportTree.commonTopFolder(files.map(\.name))
            var byName: [String: ZipEntry] = [:]
            for entry in files {
                byName[String(entry.name.dropFirst(prefix.count))] = entry
            }
            storage = .zip(archive, prefix: prefix, byName: byName)
            paths = byName.keys.sorted()
        } else {
            storage = .file(url)
            paths = [url.lastPathComponent]
        }
    }

    var isSingleFile: Bool {
        if case .file = storage { return true }
        return false
    }

    /// The name to show in errors: the file itself, or the archive/folder and the inner path.
    func displayName(of path: String) -> String {
        switch storage {
        case .file(let url): return url.path
        case .folder(let url): return url.appendingPathComponent(path).path
        case .zip(let archive, let prefix, _): return "\(archive.displayName)[\(prefix)\(path)]"
        }
    }

    /// A pull stream of one file's bytes.
    func open(_ path: String) throws -> ByteSource {
        switch storage {
        case .file(let url):
            return try FileByteSource(url: url, displayName: url.path)
        case .folder(let url):
            return try FileByteSource(url: url.appendingPathComponent(path), displayName: displayName(of: path))
        case .zip(let archive, _, let byName):
            guard let entry = byName[path] else { throw ImportError.pathNotFound(path: displayName(of: path)) }
            return try archive.open(entry)
        }
    }

    /// A JSON reader over one file.
    func reader(_ path: String) throws -> JSONStreamReader {
        let reader = JSONStreamReader(source: try open(path), fileName: displayName(of: path))
        reader.records = records
        return reader
    }

    /// The first `count` bytes of a file, for content sniffing.
    func head(_ path: String, count: Int = 8192) -> [UInt8] {
        (try? open(path).read(upTo: count)) ?? []
    }

    /// Size in bytes of one file (uncompressed size for ZIP entries), for progress.
    func size(of path: String) -> Int64 {
        switch storage {
        case .file(let url), .folder(let url):
            let full = isSingleFile ? url : url.appendingPathComponent(path)
            let size = (try? FileManager.default.attributesOfItem(atPath: full.path)[.size] as? NSNumber)?.int64Value
            return size ?? 0
        case .zip(_, _, let byName):
            return Int64(byName[path]?.uncompressedSize ?? 0)
        }
    }

    private static func walk(_ root: URL) -> [String] {
        var found: [String] = []
        func visit(_ folder: URL, prefix: String, depth: Int) {
            guard depth <= maxFolderDepth,
                  let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
            for name in names where !name.hasPrefix(".") && !isPlatformClutter(prefix + name) {
                let url = folder.appendingPathComponent(name)
                var isFolder: ObjCBool = false
                guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    visit(url, prefix: prefix + name + "/", depth: depth + 1)
                } else {
                    found.append(prefix + name)
                }
            }
        }
        visit(root, prefix: "", depth: 0)
        return found.sorted()
    }

    /// What macOS's Finder adds when it zips a folder (`__MACOSX/…` resource forks, `._name`
    /// and `.DS_Store` files), in a ZIP or once unpacked: never part of an export, and it would
    /// hide the export's top folder.
    static func isPlatformClutter(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard let last = parts.last else { return false }
        return parts.first == "__MACOSX" || last.hasPrefix("._") || last == ".DS_Store"
    }

    private static func commonTopFolder(_ names: [String]) -> String {
        guard let first = names.first, let slash = first.firstIndex(of: "/") else { return "" }
        let top = String(first[...slash])
        return names.allSatisfy { $0.hasPrefix(top) } ? top : ""
    }
}

extension Array where Element == UInt8 {
    /// Whether these bytes contain `text`'s UTF-8 (for sniffing a file's first kilobytes).
    func containsText(_ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard !needle.isEmpty, needle.count <= count else { return false }
        var index = 0
        while index + needle.count <= count {
            if self[index] == needle[0] && self[index..<index + needle.count].elementsEqual(needle) { return true }
            index += 1
        }
        return false
    }

    /// The first byte that is not whitespace or a UTF-8 byte-order mark.
    var firstSignificantByte: UInt8? {
        var index = 0
        if count >= 3, self[0] == 0xEF, self[1] == 0xBB, self[2] == 0xBF { index = 3 }
        while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(self[index]) { index += 1 }
        return index < count ? self[index] : nil
    }
}
