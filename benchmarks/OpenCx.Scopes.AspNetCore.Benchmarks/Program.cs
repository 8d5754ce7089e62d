using BenchmarkDotNet.Configs;
using Perfolizer.Horology;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the TestServer pipeline is the thing measured, and a child build would only add noise.
// A short job, but with iterations long enough (250 ms) for requests of tens of microseconds to average out.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun
        .WithWarmupCount(5)
        .WithIterationCount(7)
        .WithMinIterationTime(TimeInterval.FromMilliseconds(250))
        .WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(OpenCx.Scopes.AspNetCore.Benchmarks.AuthorizationCostBenchmarks).Assembly).Run(args, config);
