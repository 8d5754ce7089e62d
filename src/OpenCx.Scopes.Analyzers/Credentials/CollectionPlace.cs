using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// A value stored in a collection whose name says it holds keys, under an entry name that says nothing:
/// <c>TenantKeys = new() { ["emea"] = "…" }</c>, <c>{ "primary", "…" }</c>, <c>PartnerSecrets = new() { "…" }</c>,
/// <c>string[] LegacyKeys = ["…"]</c>, <c>tenantKeys.Add("south", "…")</c>, <c>tenantTokens["west"] = "…"</c>.
/// </summary>
internal static class CollectionPlace
{
    public static KeyPlace? Find(IOperation origin, IOperation carrier, ISymbol containingSymbol, CredentialSettings settings)
    {
        var collection = CollectionOf(origin, carrier, containingSymbol, settings);
        if (collection is not { } symbol || !NameWords.IsKeyCollectionName(symbol.Name) || !CanHoldMany(symbol))
        {
            return null;
        }

        var site = symbol.Locations.FirstOrDefault(location => location.IsInSource) ?? carrier.Syntax.GetLocation();
        return new KeyPlace(PlaceFinder.Named(symbol, site).Subject, "stored in a collection named for keys", true, site);
    }

    /// <summary>The field, property or local the value is an element of, if it is one.</summary>
    private static ISymbol? CollectionOf(IOperation origin, IOperation carrier, ISymbol containingSymbol, CredentialSettings settings)
    {
        // Array initializers and collection expressions are carriers: the place found for them is the collection's.
        for (var current = origin; current != carrier && current.Parent is { } parent; current = parent)
        {
            if (parent is IArrayInitializerOperation or ICollectionExpressionOperation)
            {
                return PlaceFinder.Find(carrier, containingSymbol, settings)?.Symbol;
            }
        }

        switch (carrier.Parent)
        {
            case IArgumentOperation { Parent: IInvocationOperation { TargetMethod.Name: "Add" or "TryAdd" } add } argument
                when argument == add.Arguments[add.Arguments.Length - 1]:
                return Receiver(add.Instance, add, containingSymbol, settings);
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment when assignment.Value == carrier:
                return Receiver(indexer.Instance, assignment, containingSymbol, settings);
            default:
                return null;
        }
    }

    /// <summary>A named receiver, or for an initializer's implicit receiver, where the created collection goes.</summary>
    private static ISymbol? Receiver(IOperation? instance, IOperation member, ISymbol containingSymbol, CredentialSettings settings) =>
        instance switch
        {
            ILocalReferenceOperation local => local.Local,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation property => property.Property,
            IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver }
                when member.Parent is IObjectOrCollectionInitializerOperation { Parent: IObjectCreationOperation creation } =>
                PlaceFinder.Find(PlaceFinder.Carrier(creation), containingSymbol, settings)?.Symbol,
            _ => null,
        };

    /// <summary>A collection, array or dictionary, not one string that merely has a plural name.</summary>
    private static bool CanHoldMany(ISymbol symbol) =>
        symbol switch
        {
            IFieldSymbol field => field.Type is not null && field.Type.SpecialType != SpecialType.System_String,
            IPropertySymbol property => property.Type.SpecialType != SpecialType.System_String,
            ILocalSymbol local => local.Type.SpecialType != SpecialType.System_String,
            _ => false,
        };
}
