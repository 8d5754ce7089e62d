using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace OpenCx.Scopes.Catalog;

/// <summary>
/// Reads scopes.json into a <see cref="ScopeCatalog"/>. Every problem becomes a located
/// <see cref="CatalogProblem"/>; a bad resource is left out and the valid ones are kept.
/// </summary>
internal sealed class CatalogParser
{
    private static readonly string[] RootProperties = { "$schema", "resources" };
    private static readonly string[] ResourceProperties = { "id", "name", "actions", "identifier", "description" };

    private readonly SourceText text;
    private readonly List<CatalogProblem> problems = new();

    private CatalogParser(SourceText text) => this.text = text;

    public static CatalogParseResult Parse(string json) => Parse(SourceText.From(json));

    public static CatalogParseResult Parse(SourceText text)
    {
        var parser = new CatalogParser(text);
        var catalog = parser.ReadCatalog();
        return new CatalogParseResult(catalog, parser.problems.ToEquatableArray());
    }

    private ScopeCatalog? ReadCatalog()
    {
        var json = JsonReader.Parse(text.ToString());
        if (json.Problem is { } syntax)
        {
            Report(CatalogRuleIds.Unreadable, syntax.Span, syntax.Message);
            return null;
        }

        if (json.Root is not JsonObject root || Property(root, "resources") is not JsonArray resources)
        {
            var span = json.Root is JsonObject obj && Property(obj, "resources") is { } wrong ? wrong.Span : FirstLine(json.Root!);
            Report(CatalogRuleIds.Unreadable, span, "the catalog must be a JSON object with a \"resources\" array");
            return null;
        }

        ReportUnknownProperties(root, RootProperties, "the catalog");
        var seenIds = new Dictionary<string, TextSpan>();
        var seenIdentifiers = new Dictionary<string, string>();
        var valid = ImmutableArray.CreateBuilder<ScopeResource>();
        foreach (var item in resources.Items)
        {
            if (ReadResource(item, seenIds, seenIdentifiers) is { } resource)
            {
                valid.Add(resource);
            }
        }

        return new ScopeCatalog(valid.ToEquatableArray());
    }

    private ScopeResource? ReadResource(JsonNode node, Dictionary<string, TextSpan> seenIds, Dictionary<string, string> seenIdentifiers)
    {
        if (node is not JsonObject resource)
        {
            Report(CatalogRuleIds.InvalidShape, node.Span, "Each entry of \"resources\" must be an object with \"id\", \"name\" and \"actions\"");
            return null;
        }

        ReportUnknownProperties(resource, ResourceProperties, "a resource");
        var id = ReadId(resource, seenIds);
        var name = ReadString(resource, "name");
        if (name is null && id is not null)
        {
            Report(CatalogRuleIds.MissingName, NameSpanOr(resource, "name"), id);
        }

        var actions = ReadActions(resource, id);
        var description = ReadString(resource, "description");
        if (id is null || name is null || actions.Count == 0)
        {
            return null;
        }

        var identifier = ReadIdentifier(resource, id, name, seenIdentifiers);
        return identifier is null ? null : new ScopeResource(id, name.Value, identifier, description?.Value, actions);
    }

    private string? ReadId(JsonObject resource, Dictionary<string, TextSpan> seenIds)
    {
        var id = ReadString(resource, "id");
        if (id is null)
        {
            Report(CatalogRuleIds.InvalidResourceId, NameSpanOr(resource, "id"), "(missing)", "add an \"id\" such as \"chat-sessions\"");
            return null;
        }

        if (!IsKebabCase(id.Value))
        {
            var suggestion = SuggestId(id.Value);
            Report(CatalogRuleIds.InvalidResourceId, id.Span, id.Value, suggestion.Length > 0 ? $"use \"{suggestion}\"" : "use lower-case words joined by '-', such as \"chat-sessions\"");
            return null;
        }

        if (seenIds.TryGetValue(id.Value, out var first))
        {
            Report(CatalogRuleIds.DuplicateResourceId, id.Span, id.Value, (text.Lines.GetLinePosition(first.Start).Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        seenIds.Add(id.Value, id.Span);
        return id.Value;
    }

    private EquatableArray<string> ReadActions(JsonObject resource, string? id)
    {
        var resourceName = id ?? "(unnamed)";
        var node = Property(resource, "actions");
        if (node is not JsonArray array)
        {
            if (node is null)
            {
                Report(CatalogRuleIds.MissingActions, NameSpanOr(resource, "actions"), resourceName);
            }
            else
            {
                Report(CatalogRuleIds.InvalidShape, node.Span, "\"actions\" must be an array such as [\"read\", \"write\"]");
            }

            return EquatableArray<string>.Empty;
        }

        if (array.Items.IsEmpty)
        {
            Report(CatalogRuleIds.MissingActions, array.Span, resourceName);
        }

        var actions = new List<string>();
        foreach (var item in array.Items)
        {
            var action = (item as JsonString)?.Value;
            if (action is not (ScopeCatalog.Read or ScopeCatalog.Write))
            {
                Report(CatalogRuleIds.UnknownAction, item.Span, action ?? JsonKind(item), ActionHint(action));
            }
            else if (actions.Contains(action))
            {
                Report(CatalogRuleIds.DuplicateAction, item.Span, action, resourceName);
            }
            else
            {
                actions.Add(action);
            }
        }

        return actions.ToEquatableArray();
    }

    private string? ReadIdentifier(JsonObject resource, string id, JsonString name, Dictionary<string, string> seenIdentifiers)
    {
        var explicitIdentifier = ReadString(resource, "identifier");
        var identifier = explicitIdentifier?.Value ?? ResourceIdentifier.FromName(name.Value);
        var span = (explicitIdentifier ?? name).Span;
        if (!ResourceIdentifier.IsValid(identifier))
        {
            Report(CatalogRuleIds.InvalidIdentifier, span, identifier, id);
            return null;
        }

        var owner = ResourceIdentifier.Reserved.Contains(identifier) ? "the generated member" : seenIdentifiers.TryGetValue(identifier, out var other) ? $"resource '{other}'" : null;
        if (owner is not null)
        {
            Report(CatalogRuleIds.IdentifierCollision, span, id, identifier, owner);
            return null;
        }

        seenIdentifiers.Add(identifier, id);
        return identifier;
    }

    private JsonString? ReadString(JsonObject owner, string name)
    {
        var node = Property(owner, name);
        if (node is null or JsonString)
        {
            return node is JsonString { Value.Length: > 0 } value ? value : null;
        }

        Report(CatalogRuleIds.InvalidShape, node.Span, $"\"{name}\" must be a string");
        return null;
    }

    private void ReportUnknownProperties(JsonObject owner, string[] known, string where)
    {
        foreach (var property in owner.Properties.Where(p => !known.Contains(p.Name)))
        {
            var nearest = ScopeSuggestions.Nearest(property.Name, known, maxDistance: 2).FirstOrDefault();
            var hint = nearest is null ? "expected " + string.Join(", ", known.Select(k => $"\"{k}\"")) : $"did you mean \"{nearest}\"?";
            Report(CatalogRuleIds.UnknownProperty, property.NameSpan, property.Name, where, hint);
        }
    }

    private static JsonNode? Property(JsonObject owner, string name) =>
        owner.Properties.FirstOrDefault(p => p.Name == name)?.Value;

    private static TextSpan NameSpanOr(JsonObject owner, string name) =>
        owner.Properties.FirstOrDefault(p => p.Name == name)?.NameSpan ?? new TextSpan(owner.Span.Start, 1);

    private static TextSpan FirstLine(JsonNode node) => new(node.Span.Start, 1);

    private static string JsonKind(JsonNode node) => node switch
    {
        JsonObject => "an object",
        JsonArray => "an array",
        JsonLiteral literal => literal.Text,
        _ => "a value",
    };

    private static string ActionHint(string? action) =>
        ScopeSuggestions.ActionFor(action ?? string.Empty) is { } nearest
            ? $"did you mean \"{nearest}\"?"
            : "actions are \"read\" (GET / list) and \"write\" (create / update / delete)";

    // Lower-case words of letters and digits joined by single '-', the first starting with a letter ("chat-sessions").
    // A loop, not a regex: every build parses the catalog, and building a Regex costs more than the whole parse.
    internal static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] is < 'a' or > 'z' || id[id.Length - 1] == '-')
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            var c = id[i];
            if (c == '-' ? id[i - 1] == '-' : c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9')))
            {
                return false;
            }
        }

        return true;
    }

    private static string SuggestId(string id)
    {
        var words = Regex.Split(Regex.Replace(id, "([a-z0-9])([A-Z])", "$1-$2"), "[^A-Za-z0-9]+").Where(w => w.Length > 0);
        var suggestion = string.Join("-", words).ToLowerInvariant();
        return IsKebabCase(suggestion) ? suggestion : string.Empty;
    }

    private void Report(string ruleId, TextSpan span, params string[] arguments)
    {
        span = TextSpan.FromBounds(System.Math.Min(span.Start, text.Length), System.Math.Min(span.End, text.Length));
        problems.Add(new CatalogProblem(ruleId, arguments.ToEquatableArray(), span, text.Lines.GetLinePositionSpan(span)));
    }
}
