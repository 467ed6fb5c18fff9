using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Clems.Rules.Tests.Cli;

namespace Clems.Rules.Tests.Hostile;

/// The ways a hostile document is made from the bundled example.
public enum MutationKind
{
    RemoveField,
    DangleReference,
    DuplicateId,
    SwapType,
    Truncate,
    HugeNumber,
    DeepNesting,
    LongString,
    InvalidUtf8,
    ByteOrderMark,
    DuplicateProperty,
    WrongEncoding,
}

/// One mutation: its kind and the numbers that pick where and how (taken modulo what is there).
public sealed record Mutation(MutationKind Kind, int Where, int How)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Kind}@{Where}/{How}");
}

/// A broken document: the mutations applied, in order, to the bundled example (docs/examples/clems-cluster.json).
public sealed class HostileDocument
{
    private const string Placeholder = "\u0001hostile\u0001";

    private static readonly Lazy<string> s_example = new(() => File.ReadAllText(CliHarness.ExamplePath));

    private static readonly string[] s_hugeNumbers = ["1e400", "-1e400", "79228162514264337593543950336", "-79228162514264337593543950336", "1e-400", "123456789012345678901234567890.5"];

    public HostileDocument(IReadOnlyList<Mutation> mutations)
    {
        Mutations = mutations;
        Bytes = Build(mutations);
    }

    public IReadOnlyList<Mutation> Mutations { get; }

    public byte[] Bytes { get; }

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"[{string.Join(", ", Mutations)}] ({Bytes.Length} bytes)");

    public static byte[] Build(IReadOnlyList<Mutation> mutations)
    {
        var root = JsonNode.Parse(s_example.Value)!;
        var replacements = new List<string>();
        var byteMutations = new List<Mutation>();
        foreach (var m in mutations)
        {
            switch (m.Kind)
            {
                case MutationKind.RemoveField:
                    if (Pick(Objects(root).Where(o => o.Count > 0), m.Where) is { } obj)
                    {
                        obj.Remove(obj.ElementAt(Mod(m.How, obj.Count)).Key);
                    }

                    break;
                case MutationKind.DangleReference:
                    // A string that is not a date, amount, enum or free text somewhere else: an id in a reference field.
                    if (Pick(Strings(root).Where(IsReference), m.Where) is { } reference)
                    {
                        reference.ReplaceWith(JsonValue.Create("no-such-id-" + m.How.ToString(CultureInfo.InvariantCulture)));
                    }

                    break;
                case MutationKind.DuplicateId:
                    if (Pick(Arrays(root).Where(a => a.Count > 0 && a[0] is JsonObject o && o.ContainsKey("id")), m.Where) is { } array)
                    {
                        var source = (JsonObject)array[Mod(m.How, array.Count)]!;
                        if (m.How % 2 == 0 || array.Count == 1)
                        {
                            array.Add(source.DeepClone());
                        }
                        else
                        {
                            var other = (JsonObject)array[Mod(m.How + 1, array.Count)]!;
                            other["id"] = source["id"]!.DeepClone();
                        }
                    }

                    break;
                case MutationKind.SwapType:
                    if (Pick(All(root).Where(n => n.Parent is not null), m.Where) is { } node)
                    {
                        JsonNode? replacement = Mod(m.How, 7) switch
                        {
                            0 => JsonValue.Create("swapped"),
                            1 => JsonValue.Create(42),
                            2 => new JsonObject(),
                            3 => new JsonArray(),
                            4 => null,
                            5 => JsonValue.Create(true),
                            _ => JsonValue.Create(-1.5),
                        };
                        Replace(node, replacement);
                    }

                    break;
                case MutationKind.HugeNumber:
                    Substitute(root, m.Where, s_hugeNumbers[Mod(m.How, s_hugeNumbers.Length)], replacements);
                    break;
                case MutationKind.DeepNesting:
                    Substitute(root, m.Where, new string('[', 10_000) + new string(']', 10_000), replacements);
                    break;
                case MutationKind.LongString:
                    var text = new string((char)('a' + Mod(m.How, 26)), 1 << 20);
                    if (m.How % 3 == 0 && Pick(Objects(root), m.Where) is { } target)
                    {
                        target[text] = "long property name";
                    }
                    else if (Pick(Strings(root), m.Where) is { } s)
                    {
                        s.ReplaceWith(JsonValue.Create(m.How % 3 == 1 ? text : " " + text[..200]));
                    }

                    break;
                case MutationKind.DuplicateProperty:
                    if (Pick(Objects(root).Where(o => o.Count > 0), m.Where) is { } dup)
                    {
                        var (name, value) = dup.ElementAt(Mod(m.How, dup.Count));
                        var index = replacements.Count;
                        dup[Placeholder + "dup" + index.ToString(CultureInfo.InvariantCulture)] = m.How % 2 == 0 ? value?.DeepClone() : JsonValue.Create("other");
                        replacements.Add("\u0002" + name);
                    }

                    break;
                default:
                    byteMutations.Add(m);
                    break;
            }
        }

        var json = root.ToJsonString();
        for (var i = 0; i < replacements.Count; i++)
        {
            var key = Placeholder + "dup" + i.ToString(CultureInfo.InvariantCulture);
            json = replacements[i].StartsWith('\u0002')
                ? json.Replace(Quote(key), Quote(replacements[i][1..]), StringComparison.Ordinal)
                : json.Replace(Quote(Placeholder + i.ToString(CultureInfo.InvariantCulture)), replacements[i], StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(json);
        foreach (var m in byteMutations)
        {
            bytes = m.Kind switch
            {
                MutationKind.Truncate => bytes[..Mod(m.Where, bytes.Length)],
                MutationKind.InvalidUtf8 => Insert(bytes, InsideString(bytes, m.Where, m.How), s_invalid[Mod(m.How, s_invalid.Length)]),
                MutationKind.ByteOrderMark => m.How % 4 == 3 ? Insert(bytes, Mod(m.Where, bytes.Length), [0xEF, 0xBB, 0xBF]) : [0xEF, 0xBB, 0xBF, .. bytes],
                MutationKind.WrongEncoding => Mod(m.How, 3) switch
                {
                    0 => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(bytes))).ToArray(),
                    1 => Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(bytes)),
                    _ => Encoding.BigEndianUnicode.GetBytes(Encoding.UTF8.GetString(bytes)),
                },
                _ => bytes,
            };
        }

        return bytes;
    }

    private static readonly byte[][] s_invalid =
    [
        [0xFF],
        [0xC3, 0x28],
        [0xED, 0xA0, 0x80], // an encoded surrogate
        [0xC0, 0xAF], // an overlong '/'
        [0xE2, 0x82], // a sequence cut short
        [0xF8, 0x88, 0x80, 0x80, 0x80],
        [0x80],
    ];

    private static int Mod(int value, int count) => count == 0 ? 0 : (int)((uint)value % (uint)count);

    private static T? Pick<T>(IEnumerable<T> items, int where)
        where T : class
    {
        var list = items.ToList();
        return list.Count == 0 ? null : list[Mod(where, list.Count)];
    }

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    /// Replaces a node by a placeholder string, substituted with raw text once serialized.
    private static void Substitute(JsonNode root, int where, string raw, List<string> replacements)
    {
        if (Pick(All(root).Where(n => n.Parent is not null), where) is { } node)
        {
            Replace(node, JsonValue.Create(Placeholder + replacements.Count.ToString(CultureInfo.InvariantCulture)));
            replacements.Add(raw);
        }
    }

    private static void Replace(JsonNode node, JsonNode? replacement)
    {
        switch (node.Parent)
        {
            case JsonObject parent:
                parent[node.GetPropertyName()] = replacement;
                break;
            case JsonArray parent:
                parent[node.GetElementIndex()] = replacement;
                break;
        }
    }

    private static bool IsReference(JsonValue value)
        => value.GetPath() is var path
           && (path.EndsWith(".organization", StringComparison.Ordinal) || path.EndsWith(']')
               || path.EndsWith(".initiative", StringComparison.Ordinal) || path.EndsWith(".project", StringComparison.Ordinal)
               || path.EndsWith(".workingGroup", StringComparison.Ordinal) || path.EndsWith(".proposedBy", StringComparison.Ordinal)
               || path.EndsWith(".framework", StringComparison.Ordinal) || path.EndsWith("By", StringComparison.Ordinal));

    private static int InsideString(byte[] bytes, int where, int how)
    {
        // Half the time anywhere; else just after an opening quote, so the bad bytes sit inside a string or a name.
        if (how % 2 == 0)
        {
            return Mod(where, bytes.Length + 1);
        }

        var quotes = Enumerable.Range(0, bytes.Length).Where(i => bytes[i] == (byte)'"').ToList();
        return quotes.Count == 0 ? 0 : quotes[Mod(where, quotes.Count)] + 1;
    }

    private static byte[] Insert(byte[] bytes, int at, byte[] inserted) => [.. bytes[..at], .. inserted, .. bytes[at..]];

    private static IEnumerable<JsonNode> All(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in All(child))
            {
                yield return descendant;
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode root) => All(root).OfType<JsonObject>();

    private static IEnumerable<JsonArray> Arrays(JsonNode root) => All(root).OfType<JsonArray>();

    private static IEnumerable<JsonValue> Strings(JsonNode root)
        => All(root).OfType<JsonValue>().Where(v => v.GetValueKind() == System.Text.Json.JsonValueKind.String);
}
