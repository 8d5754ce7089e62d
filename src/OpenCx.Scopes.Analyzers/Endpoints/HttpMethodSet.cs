using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace OpenCx.Scopes.Analyzers.Endpoints;

/// <summary>The HTTP methods an endpoint accepts; <see cref="Any"/> when it has no method constraint or we can't tell.</summary>
internal sealed class HttpMethodSet
{
    private static readonly string[] ReadMethods = { "GET", "HEAD" };
    private static readonly string[] WriteMethods = { "POST", "PUT", "PATCH", "DELETE" };

    public static readonly HttpMethodSet Any = new(ImmutableArray<string>.Empty);

    // Nearly every endpoint has one standard verb: one shared set each.
    private static readonly Dictionary<string, HttpMethodSet> Single =
        ReadMethods.Concat(WriteMethods).Concat(new[] { "OPTIONS", "TRACE", "CONNECT" }).ToDictionary(method => method, method => new HttpMethodSet(ImmutableArray.Create(method)));

    private HttpMethodSet(ImmutableArray<string> methods)
    {
        Methods = methods;
        Display = string.Join(", ", methods);
    }

    /// <summary>Upper-case method names, empty for <see cref="Any"/>.</summary>
    public ImmutableArray<string> Methods { get; }

    public bool IsConstrained => Methods.Length > 0;

    public bool IsAllRead => IsConstrained && Methods.All(ReadMethods.Contains);

    public bool IsAllWrite => IsConstrained && Methods.All(WriteMethods.Contains);

    public string Display { get; }

    /// <summary>One method, such as MapGet's or [HttpGet]'s "GET".</summary>
    public static HttpMethodSet Of(string method) =>
        Single.TryGetValue(method, out var shared) ? shared : Of(new[] { method });

    public static HttpMethodSet Of(IEnumerable<string?>? methods)
    {
        if (methods is null)
        {
            return Any;
        }

        var list = new List<string>();
        foreach (var method in methods)
        {
            if (string.IsNullOrWhiteSpace(method))
            {
                return Any;
            }

            var upper = method!.Trim().ToUpperInvariant();
            if (!list.Contains(upper))
            {
                list.Add(upper);
            }
        }

        return list.Count switch
        {
            0 => Any,
            1 when Single.TryGetValue(list[0], out var shared) => shared,
            _ => new HttpMethodSet(list.ToImmutableArray()),
        };
    }
}
