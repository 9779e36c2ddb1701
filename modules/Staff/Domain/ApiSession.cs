using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Platform.Modules.Staff.Domain;

/// <summary>
/// An API sign-in and the chain of refresh tokens it grew: its access tokens carry its id, so ending it (sign-out,
/// or a refresh token presented twice) stops them too. The account's security stamp at sign-in is kept, so a later
/// password, role or station change, or disabling the account, refuses the next refresh as it ends cookie sessions.
/// </summary>
internal sealed class ApiSession
{
    public string Id { get; set; } = Guid.NewGuid().ToString("N");

    public string UserId { get; set; } = "";

    public string SecurityStamp { get; set; } = "";

    public DateTime StartedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Why it ended: <c>signed-out</c> or <c>refresh-token-reused</c>.</summary>
    public string? EndReason { get; set; }
}

/// <summary>One refresh token of a session. Only its SHA-256 is stored: a copy of the table cannot be replayed.</summary>
internal sealed class RefreshToken
{
    public string Hash { get; set; } = "";

    public string SessionId { get; set; } = "";

    public DateTime IssuedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    /// <summary>When it was traded for its successor; a second use ends the session.</summary>
    public DateTime? UsedAt { get; set; }

    /// <summary>A new token: 256 random bits, and the hash that is stored of it.</summary>
    public static (string Token, string Hash) Create()
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (token, HashOf(token));
    }

    // A plain hash is enough (no salt, no stretching): the token is random and long, not a password someone chose.
    public static string HashOf(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

internal sealed class ApiSessionConfiguration : IEntityTypeConfiguration<ApiSession>
{
    public void Configure(EntityTypeBuilder<ApiSession> builder)
    {
        builder.ToTable("api_sessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(32);
        builder.Property(s => s.UserId).HasMaxLength(36).IsRequired();
        builder.Property(s => s.SecurityStamp).HasMaxLength(256).IsRequired();
        builder.Property(s => s.EndReason).HasMaxLength(30);
        builder.HasIndex(s => s.UserId);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Hash);
        builder.Property(t => t.Hash).HasMaxLength(64);
        builder.Property(t => t.SessionId).HasMaxLength(32).IsRequired();
        builder.HasIndex(t => t.SessionId);
        builder.HasIndex(t => t.ExpiresAt);
        builder.HasOne<ApiSession>().WithMany().HasForeignKey(t => t.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}
