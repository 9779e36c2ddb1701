using Microsoft.EntityFrameworkCore;

namespace Platform.Modules.ClientRegistry.Domain;

/// <summary>
/// One character or pair of characters of a client's name: the index that finds "any part of the name" among a
/// million clients without a scan. Chinese names are two to four characters and are searched by one or two
/// (a surname, or "秀英"), which trigram indexes (FTS5 trigram, pg_trgm) cannot serve; a table of one- and
/// two-character grams works the same on SQLite and PostgreSQL.
/// </summary>
internal sealed class NameGram
{
    public string Gram { get; init; } = "";

    public string ClientId { get; init; } = "";

    /// <summary>The whole name, so that the clients holding a gram can be read in name order from the index alone.</summary>
    public string Name { get; set; } = "";

    /// <summary>The grams of a name: every character and every pair of neighbouring characters, once each.</summary>
    public static IReadOnlySet<string> Of(string name)
    {
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsWhiteSpace(name[i]))
            {
                continue;
            }

            grams.Add(name.Substring(i, 1));
            if (i + 1 < name.Length && !char.IsWhiteSpace(name[i + 1]))
            {
                grams.Add(name.Substring(i, 2));
            }
        }

        return grams;
    }

    /// <summary>The gram a search looks up: the text itself when one character, else its first two.</summary>
    public static string ForQuery(string text) => text.Length == 1 ? text : text[..2];

    /// <summary>Brings the grams of every added client, or client whose name changed, in line with the name; runs just before a save.</summary>
    public static void Refresh(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        var grams = db.Set<NameGram>();
        foreach (var entry in db.ChangeTracker.Entries<Client>().ToList())
        {
            var client = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                grams.AddRange(Of(client.Name).Select(g => new NameGram { Gram = g, ClientId = client.Id, Name = client.Name }));
            }
            else if (entry.State == EntityState.Modified && entry.Property(c => c.Name).IsModified)
            {
                var old = Of(entry.Property(c => c.Name).OriginalValue);
                var now = Of(client.Name);
                grams.RemoveRange(old.Except(now).Select(g => Attached(db, g, client.Id)));
                foreach (var kept in old.Intersect(now).Select(g => Attached(db, g, client.Id)))
                {
                    kept.Name = client.Name;
                }

                grams.AddRange(now.Except(old).Select(g => new NameGram { Gram = g, ClientId = client.Id, Name = client.Name }));
            }
        }
    }

    private static NameGram Attached(DbContext db, string gram, string clientId) =>
        db.Set<NameGram>().Local.FirstOrDefault(g => g.Gram == gram && g.ClientId == clientId)
        ?? db.Set<NameGram>().Attach(new NameGram { Gram = gram, ClientId = clientId }).Entity;
}
