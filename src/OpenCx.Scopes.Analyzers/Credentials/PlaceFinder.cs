using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace OpenCx.Scopes.Analyzers.Credentials;

/// <summary>
/// Finds where a value goes: up through conversions, concatenation, <c>?:</c>, <c>??</c>, array and collection
/// elements and <c>Encoding.GetBytes</c> to what receives it.
/// </summary>
internal static class PlaceFinder
{
    /// <summary>The outermost operation that still carries the value unchanged in meaning.</summary>
    public static IOperation Carrier(IOperation origin)
    {
        var current = origin;
        while (current.Parent is { } parent)
        {
            var carries = parent switch
            {
                IConversionOperation or IParenthesizedOperation => true,
                IArrayInitializerOperation or IArrayCreationOperation or ICollectionExpressionOperation => true,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary => binary.Type?.SpecialType == SpecialType.System_String,
                IInterpolationOperation => true,
                IInterpolatedStringOperation => true,
                IConditionalOperation conditional => conditional.Condition != current && conditional.Type is not null,
                ICoalesceOperation coalesce => coalesce.WhenNull == current,
                IArgumentOperation { Parent: IInvocationOperation invocation } => IsEncoding(invocation.TargetMethod),
                IInvocationOperation invocation => IsEncoding(invocation.TargetMethod),
                ISwitchExpressionArmOperation arm => arm.Value == current,
                ISwitchExpressionOperation => true,
                _ => false,
            };

            if (!carries)
            {
                return current;
            }

            current = parent;
        }

        return current;
    }

    public static KeyPlace? Find(IOperation carrier, ISymbol containingSymbol, CredentialSettings settings)
    {
        switch (carrier.Parent)
        {
            case IArgumentOperation argument:
                return ForArgument(argument, settings);
            case ISimpleAssignmentOperation assignment when assignment.Value == carrier:
                return ForTarget(assignment.Target, assignment.Syntax.GetLocation(), settings);
            case ICoalesceAssignmentOperation assignment when assignment.Value == carrier:
                return ForTarget(assignment.Target, assignment.Syntax.GetLocation(), settings);
            case IFieldInitializerOperation { InitializedFields.Length: > 0 } field:
                return Named(field.InitializedFields[0], NameOf(field.InitializedFields[0], field.Syntax));
            case IPropertyInitializerOperation { InitializedProperties.Length: > 0 } property:
                return Named(property.InitializedProperties[0], NameOf(property.InitializedProperties[0], property.Syntax));
            case IParameterInitializerOperation parameter:
                return Named(parameter.Parameter, NameOf(parameter.Parameter, parameter.Syntax));
            case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                return Named(declarator.Symbol, NameOf(declarator.Symbol, declarator.Syntax));
            case IReturnOperation returned when containingSymbol is IMethodSymbol method && !InsideLambdaOrLocalFunction(returned):
                return Named(method.AssociatedSymbol ?? method, NameOf(method.AssociatedSymbol ?? method, returned.Syntax));
            case ITupleOperation tuple when ForTupleElement(tuple, carrier) is { } element:
                return element;
            case ITupleOperation tuple when tuple.Elements.Length == 2 && tuple.Elements[1] == carrier:
                return ForEntry(tuple.Elements[0].ConstantValue, tuple.Syntax.GetLocation(), settings);
            default:
                return null;
        }
    }

    private static KeyPlace? ForArgument(IArgumentOperation argument, CredentialSettings settings)
    {
        if (argument.Parameter is not { } parameter || argument.Parent is not { } call)
        {
            return null;
        }

        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (method is not null && IsAuthenticationHeaderValue(method.ContainingType))
        {
            if (method.MethodKind == MethodKind.Constructor && parameter.Ordinal == 1)
            {
                return new KeyPlace("The Authorization header", "given to AuthenticationHeaderValue", true, call.Syntax.GetLocation());
            }

            if (method.Name is "Parse" or "TryParse" && parameter.Ordinal == 0)
            {
                return new KeyPlace("The Authorization header", "parsed as an Authorization header", true, call.Syntax.GetLocation());
            }
        }

        var arguments = call switch
        {
            IInvocationOperation invocation => invocation.Arguments,
            IObjectCreationOperation creation => creation.Arguments,
            IPropertyReferenceOperation indexer => indexer.Arguments,
            _ => default,
        };

        // Add("X-Api-Key", value), TryAdd("OpenCx:ApiKey", value), new KeyValuePair<,>(name, value): the first argument names the second.
        var nameOrdinal = method is { IsExtensionMethod: true } ? 1 : 0;
        if (!arguments.IsDefault && parameter.Ordinal == nameOrdinal + 1)
        {
            var entry = ForEntry(arguments.FirstOrDefault(a => a.Parameter?.Ordinal == nameOrdinal)?.Value.ConstantValue ?? default, call.Syntax.GetLocation(), settings);
            if (entry is not null)
            {
                return entry;
            }
        }

        var owner = method is null ? parameter.ContainingSymbol.Name : method.MethodKind == MethodKind.Constructor ? method.ContainingType.Name : method.Name;
        return NameWords.IsKeyName(parameter.Name)
            ? new KeyPlace($"Parameter '{parameter.Name}' of '{owner}'", "passed as a key parameter", true, call.Syntax.GetLocation())
            : null;
    }

    private static KeyPlace? ForTarget(IOperation target, Location site, CredentialSettings settings)
    {
        switch (target)
        {
            case IPropertyReferenceOperation { Arguments.Length: 1 } indexer:
                return ForEntry(indexer.Arguments[0].Value.ConstantValue, site, settings);
            case IPropertyReferenceOperation property when settings.IsKeyHeader(property.Property.Name):
                return new KeyPlace($"Header '{property.Property.Name}'", $"sent in the '{property.Property.Name}' header", true, site);
            case IPropertyReferenceOperation property:
                return Named(property.Property, site);
            case IFieldReferenceOperation field:
                return Named(field.Field, site);
            case ILocalReferenceOperation local:
                return Named(local.Local, site);
            case IParameterReferenceOperation parameter:
                return Named(parameter.Parameter, site);
            default:
                return null;
        }
    }

    private static KeyPlace? ForEntry(Optional<object?> name, Location site, CredentialSettings settings)
    {
        if (!name.HasValue || name.Value is not string entry)
        {
            return null;
        }

        if (settings.IsKeyHeader(entry))
        {
            return new KeyPlace($"Header '{entry}'", $"sent in the '{entry}' header", true, site);
        }

        return NameWords.IsKeyName(entry) ? new KeyPlace($"Entry '{entry}'", "stored under a key name", true, site) : null;
    }

    /// <summary><c>(string Tenant, string ApiKey)[] Keys = { ("emea", "…") }</c>: the element's name, declared or converted to.</summary>
    private static KeyPlace? ForTupleElement(ITupleOperation tuple, IOperation element)
    {
        var index = tuple.Elements.IndexOf(element);
        var type = (tuple.Parent as IConversionOperation)?.Type as INamedTypeSymbol ?? tuple.Type as INamedTypeSymbol;
        if (index < 0 || type is not { IsTupleType: true } || index >= type.TupleElements.Length)
        {
            return null;
        }

        var name = type.TupleElements[index].Name;
        return NameWords.IsKeyName(name) ? new KeyPlace($"Tuple element '{name}'", "named as a key", true, tuple.Syntax.GetLocation()) : null;
    }

    public static KeyPlace Named(ISymbol symbol, Location site)
    {
        var kind = symbol switch
        {
            IFieldSymbol => "Field",
            IPropertySymbol => "Property",
            ILocalSymbol => "Local",
            IParameterSymbol => "Parameter",
            IMethodSymbol => "Method",
            _ => "Symbol",
        };

        var storesText = symbol switch
        {
            IFieldSymbol field => IsStringOrBytes(field.Type),
            IPropertySymbol property => IsStringOrBytes(property.Type),
            ILocalSymbol local => IsStringOrBytes(local.Type),
            IParameterSymbol parameter => IsStringOrBytes(parameter.Type),
            IMethodSymbol method => IsStringOrBytes(method.ReturnType),
            _ => false,
        };

        if (storesText && !NameWords.IsKeyName(symbol.Name) && symbol is IFieldSymbol or IPropertySymbol
            && NameWords.IsCredentialHolderName(symbol.ContainingType?.Name) && !NameWords.SaysAboutAKey(symbol.Name))
        {
            return new KeyPlace($"{kind} '{symbol.Name}'", $"held by the type '{symbol.ContainingType!.Name}'", true, site, symbol);
        }

        var holdsKey = storesText && NameWords.IsKeyName(symbol.Name);
        return new KeyPlace($"{kind} '{symbol.Name}'", "named as a key", holdsKey, site, symbol);
    }

    private static bool InsideLambdaOrLocalFunction(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the symbol is named in source, else the initializer.</summary>
    private static Location NameOf(ISymbol symbol, SyntaxNode fallback) =>
        symbol.Locations.FirstOrDefault(location => location.IsInSource) ?? fallback.GetLocation();

    /// <summary>Only string and byte data can hold a key: <c>string</c>, <c>string[]</c>, <c>byte[]</c>, <c>ReadOnlySpan&lt;byte&gt;</c>, <c>object</c>.</summary>
    public static bool IsStringOrBytes(ITypeSymbol? type) =>
        type switch
        {
            null => false,
            { SpecialType: SpecialType.System_String or SpecialType.System_Object } => true,
            IArrayTypeSymbol array => array.ElementType.SpecialType is SpecialType.System_Byte or SpecialType.System_String,
            INamedTypeSymbol { IsGenericType: true, Name: "ReadOnlySpan" or "Span" or "ReadOnlyMemory" or "Memory" } span =>
                span.TypeArguments[0].SpecialType == SpecialType.System_Byte,
            _ => false,
        };

    /// <summary><c>Encoding.*.GetBytes</c> and <c>Convert.ToBase64String</c>: the bytes or text still hold the key.</summary>
    private static bool IsEncoding(IMethodSymbol method) =>
        method.Name switch
        {
            "GetBytes" => method.ContainingType is { Name: "Encoding" } type && type.ContainingNamespace?.ToDisplayString() == "System.Text",
            "ToBase64String" => method.ContainingType is { Name: "Convert" } type && type.ContainingNamespace?.ToDisplayString() == "System",
            _ => false,
        };

    private static bool IsAuthenticationHeaderValue(INamedTypeSymbol? type) =>
        type is { Name: "AuthenticationHeaderValue" } && string.Equals(type.ContainingNamespace?.ToDisplayString(), "System.Net.Http.Headers", StringComparison.Ordinal);
}
