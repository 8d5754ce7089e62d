using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Catalog;

/// <summary>A JSON value with the span of text it came from, so catalog problems point at their place.</summary>
internal abstract record JsonNode(TextSpan Span);

internal sealed record JsonObject(TextSpan Span, ImmutableArray<JsonProperty> Properties) : JsonNode(Span);

internal sealed record JsonProperty(string Name, TextSpan NameSpan, JsonNode Value);

internal sealed record JsonArray(TextSpan Span, ImmutableArray<JsonNode> Items) : JsonNode(Span);

internal sealed record JsonString(TextSpan Span, string Value) : JsonNode(Span);

/// <summary>A number, true, false or null: the catalog never needs their values, only their kind.</summary>
internal sealed record JsonLiteral(TextSpan Span, string Text) : JsonNode(Span);
