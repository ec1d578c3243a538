import CSHA256

/// SHA-256 (FIPS 180-4), to recognise a source already imported by its exact bytes.
///
/// Written out here rather than pulling in a cryptography package for one
/// hash: it is short and checked against the NIST test vectors. Processors with
/// the SHA instructions run the compression in C (CSHA256), ten times faster.
public enum SHA256 {
    /// Whether the SHA instructions are used.
    static let usesHardware = bilat_sha256_hardware_available() != 0

    /// The round constants, from CSHA256: a constant C array, never written.
    nonisolated(unsafe) private static let k = UnsafeBufferPointer(start: bilat_sha256_constants(), count: 64)

    /// The digest of `bytes` as 64 lower-case hex digits.
    public static func hexDigest(_ bytes: [UInt8]) -> String {
        hexDigest(bytes, hardware: usesHardware)
    }

    /// The digest of `bytes`, with the SHA instructions or without (tests compare both).
    static func hexDigest(_ bytes: [UInt8], hardware: Bool) -> String {
        var h: [UInt32] = [
            0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
        ]
        var message = bytes
        let bitLength = UInt64(bytes.count) &* 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { message.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }

        // On unsafe buffers: with array bounds checks the hash was 5 % of an import's parsing.
        if hardware {
            h.withUnsafeMutableBufferPointer { h in
                message.withUnsafeBufferPointer { bilat_sha256_hardware_blocks(h.baseAddress!, $0.baseAddress!, $0.count / 64) }
            }
        } else {
            var w = [UInt32](repeating: 0, count: 64)
            w.withUnsafeMutableBufferPointer { w in
                h.withUnsafeMutableBufferPointer { h in
                    message.withUnsafeBufferPointer { compress($0, into: h, schedule: w, constants: k) }
                }
            }
        }
        let digits = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 64) { hex in
            for (index, word) in h.enumerated() {
                for nibble in 0..<8 {
                    hex[index * 8 + nibble] = digits[Int((word &>> UInt32(28 - 4 * nibble)) & 0xF)]
                }
            }
            return 64
        }
    }

    /// Runs the compression function over every 64-byte block of `message`.
    private static func compress(
        _ message: UnsafeBufferPointer<UInt8>, into h: UnsafeMutableBufferPointer<UInt32>,
        schedule w: UnsafeMutableBufferPointer<UInt32>, constants k: UnsafeBufferPointer<UInt32>
    ) {
        for chunk in stride(from: 0, to: message.count, by: 64) {
            for i in 0..<16 {
                let j = chunk + i * 4
                w[i] = UInt32(message[j]) << 24 | UInt32(message[j + 1]) << 16 | UInt32(message[j + 2]) << 8
                    | UInt32(message[j + 3])
            }
            for i in 16..<64 {
                let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] &>> 3)
                let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] &>> 10)
                w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
            }
            var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
            for i in 0..<64 {
                let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
                let choice = (e & f) ^ (~e & g)
                let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
                let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
                let majority = (a & b) ^ (a & c) ^ (b & c)
                let t2 = s0 &+ majority
                hh = g; g = f; f = e; e = d &+ t1; d = c; c = b; b = a; a = t1 &+ t2
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
            h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
    }

    /// Masking shifts: plain `>>` and `<<` check for shifts of 32 or more at every use.
    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }
}
