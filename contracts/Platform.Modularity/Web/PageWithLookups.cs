namespace Platform.Modularity.Web;

/// <summary>A page that must reload its choices (stations, roles …) when a post is refused and the form is shown again.</summary>
public interface IPageWithLookups
{
    /// <summary>Loads what the form offers to choose from.</summary>
    Task LoadLookupsAsync(CancellationToken cancellationToken);
}
