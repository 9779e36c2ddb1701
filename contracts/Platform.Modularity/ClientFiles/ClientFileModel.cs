using Microsoft.EntityFrameworkCore;

namespace Platform.Modularity.ClientFiles;

/// <summary>The columns every client file has, and the history table of a module that keeps client files.</summary>
internal static class ClientFileModel
{
    public static void Apply(ModelBuilder modelBuilder)
    {
        var files = modelBuilder.Model.GetEntityTypes().Where(e => e.BaseType is null && typeof(ClientFile).IsAssignableFrom(e.ClrType)).Select(e => e.ClrType).ToList();
        if (files.Count == 0)
        {
            return;
        }

        foreach (var file in files)
        {
            var entity = modelBuilder.Entity(file);
            entity.Property(nameof(ClientFile.ClientId)).HasMaxLength(32);
            entity.Property(nameof(ClientFile.StationId)).HasMaxLength(32).IsRequired();
            entity.Property(nameof(ClientFile.Name)).HasMaxLength(50).IsRequired();
            entity.Property(nameof(ClientFile.WorkerId)).HasMaxLength(64).IsRequired();
            entity.Property(nameof(ClientFile.State)).HasConversion<string>().HasMaxLength(10);
            entity.Property(nameof(ClientFile.ClosedReason)).HasMaxLength(200);
        }

        modelBuilder.Entity<ClientFileEvent>(history =>
        {
            history.ToTable("client_file_history");
            history.HasKey(e => e.Id);
            history.Property(e => e.ClientId).HasMaxLength(32).IsRequired();
            history.Property(e => e.Text).HasMaxLength(300).IsRequired();
            history.HasIndex(e => e.ClientId);
        });
    }
}
