using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using OpenCx.Scopes.Analyzers.Credentials;

namespace OpenCx.Scopes.Analyzers.Rules;

/// <summary>
/// OCX0003: a literal that holds an API key. Every string literal gets a cheap shape test first; only the few that
/// could be keys are placed (what receives them) and judged. Fields and locals that carry a literal into a sink are
/// followed back to the literal, which is where the diagnostic goes, with the sink as the additional location.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HardCodedApiKeyAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The literal's text before and after the key (<c>Bearer </c>, a URL, JSON), so the fix can keep it. Never the key.</summary>
    internal const string TextBeforeKeyProperty = "TextBeforeKey";

    internal const string TextAfterKeyProperty = "TextAfterKey";

    private static readonly DiagnosticDescriptor Rule = new(
        RuleIdentifiers.HardCodedApiKey,
        title: "Hard-coded API key",
        messageFormat: "{0} holds a hard-coded API key ({1}); read it from configuration or an environment variable",
        RuleCategories.Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "API keys committed to source control leak with every clone, build log and package. Read them from configuration, an environment variable or a secrets manager.",
        helpLinkUri: RuleHelp.UriFor(RuleIdentifiers.HardCodedApiKey));

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        // No type is required: keys hide in any project, and the sinks are recognised by name as they are met.
        context.RegisterCompilationStartAction(start =>
        {
            var settingsPerTree = new ConcurrentDictionary<SyntaxTree, CredentialSettings>();
            start.RegisterOperationAction(context => AnalyzeLiteral(context, settingsPerTree), OperationKind.Literal, OperationKind.Utf8String);

            // A field sent to two sinks is reported once for each, always the same way whatever order the sinks are met in.
            start.RegisterOperationAction(context => AnalyzeReference(context, settingsPerTree), OperationKind.FieldReference, OperationKind.LocalReference);
        });
    }

    // Read once per file: the options provider looks the file up on every call.
    [MethodImpl(HotPath.Optimized)]
    private static CredentialSettings SettingsFor(in OperationAnalysisContext context, ConcurrentDictionary<SyntaxTree, CredentialSettings> settingsPerTree)
    {
        var tree = context.Operation.Syntax.SyntaxTree;
        return settingsPerTree.TryGetValue(tree, out var settings)
            ? settings
            : settingsPerTree.GetOrAdd(tree, CredentialSettings.For(context.Options, tree));
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeLiteral(OperationAnalysisContext context, ConcurrentDictionary<SyntaxTree, CredentialSettings> settingsPerTree)
    {
        var literal = context.Operation;
        if (!TryGetText(literal, out var text))
        {
            return;
        }

        // "ocx_live_" + "…" folds to one constant: judge it once, from its first literal.
        var value = (IOperation)literal;
        while (value.Parent is IBinaryOperation or IParenthesizedOperation or IConversionOperation or IInterpolatedStringOperation
            && value.Parent.ConstantValue is { HasValue: true, Value: string folded })
        {
            value = value.Parent;
            text = folded;
        }

        if (!KeyShape.MightHoldKey(text) || (value != literal && value.Descendants().First(IsLiteral) != literal))
        {
            return;
        }

        // Decided on the text alone first: most literals that pass the cheap test are URLs, paths or words that no place
        // could make a key (the best place only adds the random-value test), so they never reach the place finder.
        var settings = SettingsFor(context, settingsPerTree);
        var isHeaderLine = HeaderLine.TrySplit(text, settings, out var header, out var headerValue);
        var judged = isHeaderLine ? headerValue : text;
        var inKeyPlaceEvidence = KeyShape.Judge(judged, inKeyPlace: true, settings);
        if (inKeyPlaceEvidence == KeyEvidence.None)
        {
            return;
        }

        var carrier = PlaceFinder.Carrier(value);
        var place = PlaceFinder.Find(carrier, context.ContainingSymbol, settings);
        if (place is not { HoldsKey: true })
        {
            place = CollectionPlace.Find(value, carrier, context.ContainingSymbol, settings) ?? place;
        }

        var subject = place?.Subject ?? "A string literal";
        var role = place?.Role ?? string.Empty;
        var inKeyPlace = place?.HoldsKey == true;
        if (isHeaderLine)
        {
            inKeyPlace = true;
            role = $"in the header line '{header}: …'";
        }

        var evidence = KeyShape.InPlace(inKeyPlaceEvidence, judged, inKeyPlace);
        if (evidence == KeyEvidence.NamedInText)
        {
            role = EmbeddedKey.Find(judged)!.Role;
        }

        if (evidence != KeyEvidence.None)
        {
            Report(context, value.Syntax, place?.Site, subject, evidence, role, text, settings);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AnalyzeReference(OperationAnalysisContext context, ConcurrentDictionary<SyntaxTree, CredentialSettings> settingsPerTree)
    {
        var reference = context.Operation;
        ISymbol? symbol = reference switch
        {
            IFieldReferenceOperation field => field.Field,
            ILocalReferenceOperation local => local.Local,
            _ => null,
        };

        if (symbol is null || !KeySources.MayHoldConstant(symbol) || reference.Parent is IAssignmentOperation assignment && assignment.Target == reference)
        {
            return;
        }

        // A constant's text is at hand: when no place could make it a key, nothing more is looked up.
        var settings = SettingsFor(context, settingsPerTree);
        if (symbol is IFieldSymbol { IsConst: true, ConstantValue: string constant } && !CouldBeKey(constant, settings))
        {
            return;
        }

        var place = PlaceFinder.Find(PlaceFinder.Carrier(reference), context.ContainingSymbol, settings);
        if (place is not { HoldsKey: true } || SymbolEqualityComparer.Default.Equals(place.Symbol, symbol))
        {
            return;
        }

        var namedAsKey = NameWords.IsKeyName(symbol.Name);
        foreach (var (literal, text) in KeySources.Of(symbol, reference))
        {
            var key = HeaderLine.TrySplit(text, settings, out _, out var headerValue) ? headerValue : text;

            // Keys its own place already gives away were reported by the literal itself.
            var evidence = KeyShape.Judge(key, inKeyPlace: true, settings);
            if (KeyShape.InPlace(evidence, key, namedAsKey) != KeyEvidence.None)
            {
                continue;
            }

            if (evidence != KeyEvidence.None)
            {
                var kind = symbol is IFieldSymbol ? "Field" : "Local";
                Report(context, literal, place.Site, $"{kind} '{symbol.Name}'", evidence, place.Role, text, settings);
            }
        }
    }

    private static bool CouldBeKey(string text, CredentialSettings settings) =>
        KeyShape.MightHoldKey(text)
        && KeyShape.Judge(HeaderLine.TrySplit(text, settings, out _, out var headerValue) ? headerValue : text, inKeyPlace: true, settings) != KeyEvidence.None;

    private static void Report(
        OperationAnalysisContext context, SyntaxNode literal, Location? site, string subject, KeyEvidence evidence, string role, string text, CredentialSettings settings)
    {
        var (start, length) = KeyShape.Locate(text, settings);
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(TextBeforeKeyProperty, text.Substring(0, start))
            .Add(TextAfterKeyProperty, text.Substring(start + length));
        var additional = site is null ? null : new[] { site };
        context.ReportDiagnostic(Diagnostic.Create(Rule, literal.GetLocation(), additional, properties, subject, Describe(evidence, role)));
    }

    internal static string Describe(KeyEvidence evidence, string role) =>
        evidence switch
        {
            KeyEvidence.OpenCxPrefix => "it has an OpenCX key prefix",
            KeyEvidence.ConfiguredPrefix => "it has a key prefix set in " + CredentialSettings.PrefixesKey,
            KeyEvidence.JsonWebToken => "it is a JSON Web Token",
            _ => "a random-looking value " + role,
        };

    [MethodImpl(HotPath.Optimized)]
    private static bool TryGetText(IOperation literal, out string text)
    {
        // A string literal's token holds its value already; the operation's constant is rebuilt on every read, and the
        // token's ValueText converts its value to a string again.
        text = literal switch
        {
            ILiteralOperation { Syntax: LiteralExpressionSyntax { Token: var token } }
                when token.IsKind(SyntaxKind.StringLiteralToken) || token.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken)
                => token.Value as string ?? string.Empty,
            ILiteralOperation { Syntax: LiteralExpressionSyntax } => string.Empty,
            ILiteralOperation { ConstantValue: { HasValue: true, Value: string constant } } => constant,
            IUtf8StringOperation utf8 => utf8.Value,
            _ => string.Empty,
        };

        return text.Length > 0;
    }

    private static bool IsLiteral(IOperation operation) => operation is ILiteralOperation or IUtf8StringOperation;
}
