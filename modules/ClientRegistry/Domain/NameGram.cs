using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Platform.Modules.ClientRegistry.Domain;

/// <summary>
/// One character or pair of characters of a client's name: the index that finds "any part of the name" among a
/// million clients without a scan. Chinese names are two to four characters and are searched by one or two
/// (a surname, or "秀英"), which trigram indexes (FTS5 trigram, pg_trgm) cannot serve; a table of one- and
/// two-character grams works the same on SQLite and PostgreSQL. The grams are written by SQL in the database
/// from the names just saved (an import of 100,000 people writes half a million of them).
/// </summary>
internal sealed class NameGram
{
    public string Gram { get; init; } = "";

    public string ClientId { get; init; } = "";

    /// <summary>The whole name, so that the clients holding a gram can be read in name order from the index alone.</summary>
    public string Name { get; init; } = "";

    /// <summary>The gram a search looks up: the text itself when one character, else its first two.</summary>
    public static string ForQuery(string text) => text.Length == 1 ? text : text[..2];

    /// <summary>The clients about to be saved whose grams must be (re)written: the added ones and the renamed ones.</summary>
    public static IReadOnlyList<string> Pending(DbContext db)
    {
        db.ChangeTracker.DetectChanges();
        return db.ChangeTracker.Entries<Client>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(c => c.Name).IsModified))
            .Select(e => e.Entity.Id)
            .ToList();
    }

    /// <summary>Replaces the grams of these clients with those of their current names, in the caller's transaction.</summary>
    public static async Task WriteAsync(DbContext db, IReadOnlyList<string> clientIds, CancellationToken cancellationToken)
    {
        var schema = db.Model.GetDefaultSchema();
        if (schema is null)
        {
            var ids = JsonSerializer.Serialize(clientIds);
            await db.Database.ExecuteSqlRawAsync("DELETE FROM client_name_grams WHERE ClientId IN (SELECT value FROM json_each({0}))", [ids], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                """
                WITH RECURSIVE pos(id, name, i) AS (
                    SELECT Id, Name, 1 FROM clients WHERE Id IN (SELECT value FROM json_each({0}))
                    UNION ALL SELECT id, name, i + 1 FROM pos WHERE i < length(name))
                INSERT OR IGNORE INTO client_name_grams (Gram, Name, ClientId)
                SELECT substr(name, i, 1), name, id FROM pos WHERE substr(name, i, 1) <> ' '
                UNION SELECT substr(name, i, 2), name, id FROM pos WHERE i < length(name) AND instr(substr(name, i, 2), ' ') = 0
                """,
                [ids],
                cancellationToken);
        }
        else
        {
            // The schema name comes from the model, never from input; the ids are parameters.
#pragma warning disable EF1002
            var ids = clientIds.ToArray();
            await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{schema}\".client_name_grams WHERE \"ClientId\" = ANY({{0}})", [ids], cancellationToken);
            await db.Database.ExecuteSqlRawAsync(
                $$"""
                INSERT INTO "{{schema}}".client_name_grams ("Gram", "Name", "ClientId")
                SELECT DISTINCT g, name, id FROM (
                    SELECT c."Id" AS id, c."Name" AS name, substr(c."Name", i, 1) AS g
                    FROM "{{schema}}".clients c, generate_series(1, length(c."Name")) AS i WHERE c."Id" = ANY({0})
                    UNION SELECT c."Id", c."Name", substr(c."Name", i, 2)
                    FROM "{{schema}}".clients c, generate_series(1, length(c."Name") - 1) AS i WHERE c."Id" = ANY({0})) AS grams
                WHERE position(' ' in g) = 0
                ON CONFLICT DO NOTHING
                """,
                [ids],
                cancellationToken);
#pragma warning restore EF1002
        }
    }
}
