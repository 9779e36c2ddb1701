using Autofac;
using MediatR;
using Platform.Host.Modules;

namespace Platform.Host.Composition;

/// <summary>
/// MediatR 5.1.0 has no <c>AddMediatR</c>: the mediator, its service factory, every enabled module's
/// handlers and the host's pipeline behaviours are registered with Autofac here, once.
/// </summary>
internal static class MediatorRegistration
{
    public static void RegisterMediator(this ContainerBuilder container, ModuleCatalog catalog)
    {
        container.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        container.Register<ServiceFactory>(context =>
        {
            var scope = context.Resolve<IComponentContext>();
            return type => scope.Resolve(type);
        }).InstancePerLifetimeScope();

        var assemblies = catalog.Enabled.Select(m => m.Assembly).Append(typeof(MediatorRegistration).Assembly).Distinct().ToArray();
        container.RegisterAssemblyTypes(assemblies)
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
            .AsClosedTypesOf(typeof(IRequestHandler<,>))
            .InstancePerDependency();
        container.RegisterAssemblyTypes(assemblies)
            .Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition)
            .AsClosedTypesOf(typeof(INotificationHandler<>))
            .InstancePerDependency();

        // Outermost first: log, audit (so denials and refused input are audited too), permit, validate, then run.
        container.RegisterGeneric(typeof(LoggingBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(AuditBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(PermissionBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        container.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
    }

}
