@testable import Importer
import Testing

@Suite struct SHA256Tests {
    static let vectors = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ]

    @Test(arguments: vectors)
    func nistVectors(_ vector: (String, String)) {
        #expect(SHA256.hexDigest(Array(vector.0.utf8)) == vector.1)
        #expect(SHA256.hexDigest(Array(vector.0.utf8), hardware: false) == vector.1)
    }

    @Test func millionAs() {
        #expect(SHA256.hexDigest([UInt8](repeating: 0x61, count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// The SHA instructions and the portable code agree on every length around
    /// the block and padding boundaries, and on a few long random messages.
    @Test(.enabled(if: SHA256.usesHardware, "this processor has no SHA instructions"))
    func hardwareMatchesPortable() {
        var generator = SystemRandomNumberGenerator()
        let lengths = Array(0...200) + [1000, 4095, 4096, 65_537]
        for length in lengths {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(SHA256.hexDigest(bytes, hardware: true) == SHA256.hexDigest(bytes, hardware: false), "length \(length)")
        }
    }
}
