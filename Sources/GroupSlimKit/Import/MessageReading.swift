/// A message body as an importer read it: the platform kind its markers show, and the text
/// worth keeping (the message itself, or a media item's caption).
struct MessageReading: Equatable {
    var kind: MessageKind
    var text: String?
}
