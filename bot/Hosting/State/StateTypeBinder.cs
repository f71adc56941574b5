using System.Collections.Frozen;
using Newtonsoft.Json.Serialization;

namespace FrontDesk.Bot.Hosting.State;

// State is stored with $type names so typed objects come back typed; a name read back may only bind to
// our own types, the Bot Framework's, JSON trees, plain values and collections of those — never to an
// arbitrary .NET type that a tampered row could name.
public sealed class StateTypeBinder : ISerializationBinder
{
    private static readonly DefaultSerializationBinder Default = new();

    private static readonly FrozenSet<Type> Values = new[]
    {
        typeof(string), typeof(decimal), typeof(DateTime), typeof(DateTimeOffset), typeof(DateOnly), typeof(TimeOnly),
        typeof(TimeSpan), typeof(Guid), typeof(Uri), typeof(Nullable<>), typeof(object),
        typeof(ValueTuple<,>), typeof(ValueTuple<,,>), typeof(ValueTuple<,,,>),
    }.ToFrozenSet();

    private static readonly string[] CollectionNamespaces = ["System.Collections", "System.Collections.Generic", "System.Collections.ObjectModel"];

    public Type BindToType(string? assemblyName, string typeName)
    {
        var type = Default.BindToType(assemblyName, typeName);
        return IsAllowed(type)
            ? type
            : throw new Newtonsoft.Json.JsonSerializationException($"Type '{type.FullName}' is not allowed in bot state.");
    }

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName) =>
        Default.BindToName(serializedType, out assemblyName, out typeName);

    public static bool IsAllowed(Type type)
    {
        if (type.IsArray)
        {
            return IsAllowed(type.GetElementType()!);
        }
        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            return type.GetGenericArguments().All(IsAllowed) && IsAllowed(type.GetGenericTypeDefinition());
        }
        if (type.IsPrimitive || type.IsEnum || Values.Contains(type))
        {
            return true;
        }
        var assembly = type.Assembly.GetName().Name ?? "";
        return CollectionNamespaces.Contains(type.Namespace)
               || type.Namespace == "Newtonsoft.Json.Linq"
               || assembly.StartsWith("FrontDesk.", StringComparison.Ordinal)
               || assembly == "AdaptiveCards"
               || assembly.StartsWith("Microsoft.Bot.", StringComparison.Ordinal);
    }
}
