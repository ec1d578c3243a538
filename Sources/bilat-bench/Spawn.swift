import Foundation

/// What one child process cost.
struct Measurement {
    let seconds: Double
    /// Peak resident memory of the child, in MB.
    let peakMB: Double
    let status: Int32
    /// CPU time of the child, user and system, on all its threads.
    var cpuSeconds: Double = 0
}

/// Runs `arguments` (the first is the executable path) with stdout sent to
/// `output` and stderr to /dev/null, and measures wall time and peak RSS via wait4.
func measure(_ arguments: [String], output: String = "/dev/null") -> Measurement {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv = arguments.map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = DispatchTime.now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
        return Measurement(seconds: 0, peakMB: 0, status: -1)
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    return Measurement(seconds: seconds, peakMB: Double(usage.ru_maxrss) / 1024, status: exit, cpuSeconds: cpu)
}

/// The number of lines the command prints, from one more (untimed) run that keeps its output.
func outputLines(_ arguments: [String], scratch: String) -> Int {
    _ = measure(arguments, output: scratch)
    let data = FileManager.default.contents(atPath: scratch) ?? Data()
    return data.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
}

/// The median wall time of each command over `rounds` rounds, in milliseconds. Each
/// round runs every command once, starting one further along each time: a slow spell
/// of a shared host then falls on every command alike, not on the one it came during.
func interleavedMedianMilliseconds(_ commands: [[String]], rounds: Int) -> [(ms: Double, status: Int32)] {
    var times = Array(repeating: [Double](), count: commands.count)
    var statuses = Array(repeating: Int32(0), count: commands.count)
    for round in 0..<rounds {
        for step in commands.indices {
            let index = (round + step) % commands.count
            let result = measure(commands[index])
            times[index].append(result.seconds * 1000)
            if result.status != 0 { statuses[index] = result.status }
        }
    }
    return zip(times, statuses).map { times, status in (times.sorted()[times.count / 2], status) }
}
