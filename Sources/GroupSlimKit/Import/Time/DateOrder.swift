/// How the day, month and year of a numeric date such as `03/04/25` are ordered. Chat-log
/// exports write dates in the phone's locale without saying which; the importer infers the order
/// per file and `--date-order` overrides it.
public enum DateOrder: String, CaseIterable, Sendable {
    case dmy, mdy, ymd
}
