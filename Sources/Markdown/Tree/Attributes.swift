/// Pandoc-style attributes, `{#id .class key=value}`, written after a heading,
/// an image or a display formula so that later stages can refer to it.
public struct Attributes: Sendable, Hashable {
    /// One `key=value` pair, in the order written.
    public struct Pair: Sendable, Hashable {
        public var key: String
        public var value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// `#id`, without the `#`.
    public var id: String?
    /// `.class` names, without the dots, in the order written.
    public var classes: [String]
    public var pairs: [Pair]

    public init(id: String? = nil, classes: [String] = [], pairs: [Pair] = []) {
        self.id = id
        self.classes = classes
        self.pairs = pairs
    }

    /// No id, no class, no pair: what a node without `{…}` has.
    public static let none = Attributes()

    public var isEmpty: Bool { id == nil && classes.isEmpty && pairs.isEmpty }

    /// The value of `key`, if written.
    public subscript(key: String) -> String? {
        pairs.first { $0.key == key }?.value
    }
}
