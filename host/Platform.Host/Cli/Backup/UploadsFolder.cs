namespace Platform.Host.Cli.Backup;

/// <summary>
/// The uploads under <c>files/</c> in the data folder (see <c>DiskUploadStore</c>). They are copied after the
/// databases' cut: an upload is in place before the record that names it commits, so every file a copied record
/// names is there; one uploaded during the backup is copied too or not, and no copied record names it.
/// </summary>
internal static class UploadsFolder
{
    public const string Name = "files";

    /// <summary>Copies every finished upload (not the <c>.part</c> of one being written) and describes each copy.</summary>
    public static async Task<List<BackupFile>> CopyAsync(string dataDirectory, string target, CancellationToken cancellationToken)
    {
        var root = Path.Combine(dataDirectory, Name);
        var copied = new List<BackupFile>();
        if (!Directory.Exists(root))
        {
            return copied;
        }

        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".part", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Name + "/" + Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');
            try
            {
                var (bytes, sha256) = await BackupManifest.CopyAsync(file, Path.Combine(target, relative), cancellationToken);
                copied.Add(new BackupFile(relative, BackupFileKind.Upload, bytes, sha256));
            }
            catch (FileNotFoundException)
            {
                // Deleted since it was listed: it is no longer part of the data.
            }
        }

        return copied;
    }
}
