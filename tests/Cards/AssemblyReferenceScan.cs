using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FrontDesk.Tests.Cards;

// What a compiled assembly asks of the AdaptiveCards assembly: type references, and member references
// rendered as "Type::Name(params)->return" (fields as "Type::Name:type").
internal sealed record AssemblyReferenceScan(Version? ReferencedVersion, IReadOnlyList<string> Types, IReadOnlyList<string> Members)
{
    public static AssemblyReferenceScan Of(string path, string assemblyName)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var version = md.AssemblyReferences.Select(md.GetAssemblyReference)
            .Where(a => md.GetString(a.Name) == assemblyName).Select(a => a.Version).FirstOrDefault();
        var names = new SignatureNames();

        var types = md.TypeReferences.Where(t => ScopeIs(md, t, assemblyName)).ToHashSet();
        var members = new List<string>();
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            if (member.Parent.Kind != HandleKind.TypeReference || !types.Contains((TypeReferenceHandle)member.Parent))
            {
                continue;
            }

            var owner = names.GetTypeFromReference(md, (TypeReferenceHandle)member.Parent, 0);
            var name = md.GetString(member.Name);
            members.Add(member.GetKind() == MemberReferenceKind.Field
                ? $"{owner}::{name}:{member.DecodeFieldSignature(names, null)}"
                : Method(owner, name, member.DecodeMethodSignature(names, null)));
        }

        var typeNames = types.Select(t => names.GetTypeFromReference(md, t, 0)).Order(StringComparer.Ordinal).ToList();
        return new AssemblyReferenceScan(version, typeNames, members.Order(StringComparer.Ordinal).ToList());
    }

    private static string Method(string owner, string name, MethodSignature<string> signature) =>
        $"{owner}::{name}({string.Join(",", signature.ParameterTypes)})->{signature.ReturnType}";

    private static bool ScopeIs(MetadataReader md, TypeReferenceHandle handle, string assemblyName)
    {
        var scope = md.GetTypeReference(handle).ResolutionScope;
        return scope.Kind switch
        {
            HandleKind.AssemblyReference => md.GetString(md.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) == assemblyName,
            HandleKind.TypeReference => ScopeIs(md, (TypeReferenceHandle)scope, assemblyName),
            _ => false,
        };
    }

    // Renders signature types the way TypeNames.Of renders reflection types, so the two compare as strings.
    private sealed class SignatureNames : ISignatureTypeProvider<string, object?>
    {
        public string GetArrayType(string elementType, ArrayShape shape) => $"{elementType}[{new string(',', shape.Rank - 1)}]";

        public string GetByReferenceType(string elementType) => elementType + "&";

        public string GetFunctionPointerType(MethodSignature<string> signature) => "fnptr";

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments) =>
            $"{genericType}<{string.Join(",", typeArguments)}>";

        public string GetGenericMethodParameter(object? genericContext, int index) => $"!!{index}";

        public string GetGenericTypeParameter(object? genericContext, int index) => $"!{index}";

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        public string GetPinnedType(string elementType) => elementType;

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => "System.Void",
            PrimitiveTypeCode.Object => "System.Object",
            PrimitiveTypeCode.IntPtr => "System.IntPtr",
            PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
            PrimitiveTypeCode.TypedReference => "System.TypedReference",
            _ => "System." + typeCode,
        };

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeDefinition(handle);
            return $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = reader.GetTypeReference(handle);
            var name = reader.GetString(type.Name);
            return type.ResolutionScope.Kind == HandleKind.TypeReference
                ? $"{GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, rawTypeKind)}+{name}"
                : $"{reader.GetString(type.Namespace)}.{name}";
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
    }
}
