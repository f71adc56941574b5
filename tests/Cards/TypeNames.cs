using System.Reflection;

namespace FrontDesk.Tests.Cards;

// Renders reflection members in AssemblyReferenceScan's string form.
internal static class TypeNames
{
    public static string Of(Type type)
    {
        if (type.IsByRef)
        {
            return Of(type.GetElementType()!) + "&";
        }

        if (type.IsArray)
        {
            return Of(type.GetElementType()!) + $"[{new string(',', type.GetArrayRank() - 1)}]";
        }

        if (type.IsGenericParameter)
        {
            return (type.DeclaringMethod is null ? "!" : "!!") + type.GenericParameterPosition;
        }

        var name = type.IsNested ? $"{Of(type.DeclaringType!)}+{type.Name}" : $"{type.Namespace}.{type.Name}";
        return type.IsConstructedGenericType
            ? $"{Of(type.GetGenericTypeDefinition())}<{string.Join(",", type.GetGenericArguments().Select(Of))}>"
            : name;
    }

    public static IEnumerable<string> MembersOf(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var owner = Of(type);
        foreach (var field in type.GetFields(all))
        {
            yield return $"{owner}::{field.Name}:{Of(field.FieldType)}";
        }

        foreach (var ctor in type.GetConstructors(all))
        {
            yield return $"{owner}::{ctor.Name}({Parameters(ctor)})->System.Void";
        }

        foreach (var method in type.GetMethods(all))
        {
            yield return $"{owner}::{method.Name}({Parameters(method)})->{Of(method.ReturnType)}";
        }
    }

    private static string Parameters(MethodBase method) => string.Join(",", method.GetParameters().Select(p => Of(p.ParameterType)));
}
