using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// In-process: the TestServer pipeline is the thing measured, and a child build would only add noise.
// A short job with a fixed 1,024 requests per iteration (about 0.1 s), so no iteration is a handful of
// requests that one descheduling can distort; 15 iterations let the median shrug off the rest.
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun
        .WithWarmupCount(5)
        .WithIterationCount(15)
        .WithInvocationCount(1024)
        .WithUnrollFactor(1)
        .WithToolchain(InProcessEmitToolchain.Instance))
    .AddDiagnoser(MemoryDiagnoser.Default);
BenchmarkSwitcher.FromAssembly(typeof(OpenCx.Scopes.AspNetCore.Benchmarks.AuthorizationCostBenchmarks).Assembly).Run(args, config);
