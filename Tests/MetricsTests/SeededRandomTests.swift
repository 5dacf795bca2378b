import Foundation
import Testing
@testable import Metrics

/// SeededRandom against Fixtures/random.json, written by scripts/reference_random.py: every bit
/// of every number, so a platform or compiler that changed one would fail here.
struct RandomFixture: Decodable {
    struct Published: Decodable {
        let splitMix64Seed1234567: [String]
        let xoshiro256StarStarState1234: [String]
    }
    struct Case: Decodable {
        let seed: String
        let next: [String]
        let uniform: [Double]
        let uniformInMinus3To3: [Double]
        let integerBelow: [String: [Int]]
        let normal: [Double]
        let normalMean5Sd05: [Double]
        let shuffled: [Int]
        let sample: [Int]
        enum CodingKeys: String, CodingKey {
            case seed, next, uniform, integerBelow, normal
            case uniformInMinus3To3 = "uniformIn-3..<3", normalMean5Sd05 = "normalMean5Sd0.5"
            case shuffled = "shuffled0..<10", sample = "sample4Of0..<10"
        }
    }
    struct Log: Decodable { let x: Double; let ln: Double }
    let published: Published
    let cases: [Case]
    let naturalLog: [Log]
}

@Suite struct SeededRandomTests {
    let fixture: RandomFixture
    init() throws { fixture = try loadFixture("random") }

    @Test func xoshiroStepMatchesItsPublishedOutputs() {
        var random = SeededRandom(state: (1, 2, 3, 4))
        #expect((0..<10).map { _ in String(random.next()) } == fixture.published.xoshiro256StarStarState1234)
    }

    @Test func seedingIsSplitMix64() {
        // Seeded with s, the four words are SplitMix64's first four outputs from s.
        let words = SeededRandom.splitMix64(seed: 1234567, count: 5).map(String.init)
        #expect(words == fixture.published.splitMix64Seed1234567)
    }

    @Test func everyDrawMatchesTheReferenceBitForBit() throws {
        #expect(fixture.cases.count == 4)
        for c in fixture.cases {
            let seed = try #require(UInt64(c.seed))
            func fresh() -> SeededRandom { SeededRandom(seed: seed) }
            var r = fresh()
            #expect(c.next.map { _ in String(r.next()) } == c.next, "seed \(seed): next()")
            r = fresh()
            #expect(c.uniform.map { _ in r.uniform() } == c.uniform, "seed \(seed): uniform()")
            r = fresh()
            #expect(c.uniformInMinus3To3.map { _ in r.uniform(in: -3..<3) } == c.uniformInMinus3To3, "seed \(seed)")
            r = fresh()
            for n in [1, 3, 10, 1000] {
                let expected = try #require(c.integerBelow[String(n)])
                #expect(expected.map { _ in r.integer(below: n) } == expected, "seed \(seed): integer(below: \(n))")
            }
            r = fresh()
            #expect(c.normal.map { _ in r.normal() } == c.normal, "seed \(seed): normal()")
            r = fresh()
            #expect(c.normalMean5Sd05.map { _ in r.normal(mean: 5, standardDeviation: 0.5) } == c.normalMean5Sd05)
            r = fresh()
            #expect(r.shuffled(Array(0..<10)) == c.shuffled, "seed \(seed): shuffled")
            r = fresh()
            #expect(r.sample(4, from: Array(0..<10)) == c.sample, "seed \(seed): sample")
        }
    }

    @Test func ownLogarithmIsTheReferencesAndWithinTwoUlpOfTheCLibrary() {
        for entry in fixture.naturalLog {
            #expect(naturalLog(entry.x) == entry.ln, "ln \(entry.x)")
            let library = log(entry.x)
            #expect(abs(naturalLog(entry.x) - library) <= 2 * library.ulp, "ln \(entry.x)")
        }
    }

    @Test func drawsHaveTheirDistributions() {
        var random = SeededRandom(seed: 2024)
        let uniforms = (0..<20_000).map { _ in random.uniform() }
        #expect(uniforms.allSatisfy { (0..<1).contains($0) })
        let uniformMean: Double = uniforms.reduce(0, +) / 20_000  // named: inside #expect this took seconds to type-check
        #expect(abs(uniformMean - 0.5) < 0.01)
        let normals = (0..<20_000).map { _ in random.normal(mean: 2, standardDeviation: 3) }
        let mean = normals.reduce(0, +) / 20_000
        let variance = normals.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 19_999
        #expect(abs(mean - 2) < 0.1 && abs(variance.squareRoot() - 3) < 0.1)
        var counts = [Int](repeating: 0, count: 6)
        for _ in 0..<60_000 { counts[random.integer(below: 6)] += 1 }
        #expect(counts.allSatisfy { abs($0 - 10_000) < 400 })
    }

    @Test func shuffleAndSampleKeepTheElements() {
        var random = SeededRandom(seed: 5)
        let items = Array("abcdefghij")
        #expect(random.shuffled(items).sorted() == items)
        let drawn = random.sample(4, from: items)
        #expect(drawn.count == 4 && Set(drawn).count == 4 && drawn.allSatisfy(items.contains))
        #expect(random.sample(0, from: items).isEmpty && random.sample(10, from: items).sorted() == items)
        #expect(random.shuffled([Int]()).isEmpty)
    }

    @Test func sameSeedSameNumbersAndCopiesContinueAlike() {
        var a = SeededRandom(seed: 99), b = SeededRandom(seed: 99)
        #expect((0..<5).map { _ in a.uniform() } == (0..<5).map { _ in b.uniform() })
        var copy = a
        #expect(copy.next() == a.next())
        var one = SeededRandom(seed: 1), two = SeededRandom(seed: 2)
        #expect(one.next() != two.next())
    }
}
