using MediatR;
using Platform.Modularity.Web;

namespace Platform.Host.Composition;

/// <summary>A list export changes nothing: its request exists for the audit pipeline, which writes the entry.</summary>
internal sealed class ListExportedHandler : IRequestHandler<ListExported, Unit>
{
    public Task<Unit> Handle(ListExported request, CancellationToken cancellationToken) => Task.FromResult(Unit.Value);
}
