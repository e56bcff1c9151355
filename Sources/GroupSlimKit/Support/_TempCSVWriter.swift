// TEMPORARY until the CSV writer lands.
public struct CSVWriter {
    public private(set) var output = ""
    let neutralize: Bool
    public init(neutralizeFormulas: Bool = false) { neutralize = neutralizeFormulas }
    public mutating func appendRow(_ fields: [String]) {
        output += fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",") + "\n"
    }
}
