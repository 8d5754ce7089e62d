using System;
using System.Collections.Generic;
using System.Text;

namespace OpenCx.Scopes.Tests.Robustness;

/// <summary>Seeded, repeatable damage to a JSON file: flipped bytes, deletions, duplicated lines, stray punctuation.</summary>
internal sealed class TextMutator(string text, int seed)
{
    private const string JsonPunctuation = "{}[],:\"";
    private readonly Random random = new(seed);

    public IEnumerable<string> Mutants(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var mutant = text;
            var edits = 1 + random.Next(4);
            for (var e = 0; e < edits && mutant.Length > 0; e++)
            {
                mutant = Mutate(mutant);
            }

            yield return mutant;
        }
    }

    private string Mutate(string mutant)
    {
        var at = random.Next(mutant.Length);
        switch (random.Next(5))
        {
            case 0:
                var bytes = Encoding.UTF8.GetBytes(mutant);
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                return Encoding.UTF8.GetString(bytes);
            case 1:
                return mutant.Remove(at, Math.Min(mutant.Length - at, 1 + random.Next(12)));
            case 2:
                return DuplicateLine(mutant);
            case 3:
                return mutant.Insert(at, JsonPunctuation[random.Next(JsonPunctuation.Length)].ToString());
            default:
                return mutant.Insert(at, new string((char)random.Next(1, 0x3000), 1));
        }
    }

    private string DuplicateLine(string mutant)
    {
        var lines = mutant.Split('\n');
        var line = random.Next(lines.Length);
        var copy = new List<string>(lines);
        copy.Insert(line, lines[line]);
        return string.Join("\n", copy);
    }
}
