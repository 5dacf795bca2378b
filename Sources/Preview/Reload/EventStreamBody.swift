import FlyingSocks

/// One page's event stream as a response body: the server sends each event as
/// it comes (chunked), and the body ends when the preview stops.
struct EventStreamBody: AsyncBufferedSequence {
    typealias Element = UInt8

    let events: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator {
        Iterator(events: events.makeAsyncIterator())
    }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var events: AsyncStream<[UInt8]>.Iterator
        /// What is left of an event longer than the buffer the server asked for.
        var rest: ArraySlice<UInt8> = []

        mutating func next() async throws -> UInt8? {
            try await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async throws -> ArraySlice<UInt8>? {
            while rest.isEmpty {
                guard let event = await events.next() else { return nil }
                rest = event[...]
            }
            let chunk = rest.prefix(Swift.max(count, 1))
            rest = rest.dropFirst(chunk.count)
            return chunk
        }
    }
}
