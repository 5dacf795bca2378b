/// The nodes a node was computed from. Most have one or two, kept without
/// allocating an array, which matters when a graph has a node per scalar.
enum Inputs {
    case none
    case one(GraphNode)
    case two(GraphNode, GraphNode)
    case many([GraphNode])

    /// The same nodes, kept without an array when there are one or two.
    init(_ nodes: [GraphNode]) {
        switch nodes.count {
        case 0: self = .none
        case 1: self = .one(nodes[0])
        case 2: self = .two(nodes[0], nodes[1])
        default: self = .many(nodes)
        }
    }

    /// How many inputs there are.
    var count: Int {
        switch self {
        case .none: 0
        case .one: 1
        case .two: 2
        case .many(let nodes): nodes.count
        }
    }

    /// Runs body on input k.
    @inline(__always)
    func withInput(_ k: Int, _ body: (GraphNode) -> Void) {
        switch self {
        case .none: break
        case .one(let a): body(a)
        case .two(let a, let b): body(k == 0 ? a : b)
        case .many(let nodes): body(nodes[k])
        }
    }

    /// Runs body on each input in order.
    func forEach(_ body: (GraphNode) -> Void) {
        switch self {
        case .none: break
        case .one(let a): body(a)
        case .two(let a, let b): body(a); body(b)
        case .many(let nodes): nodes.forEach(body)
        }
    }
}
