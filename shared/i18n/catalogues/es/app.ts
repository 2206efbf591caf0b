import type { Translation } from '../../translation.ts';
import type { app as english } from '../en/app.ts';

export const app: Translation<typeof english> = {
  skipLink: 'Saltar al contenido principal',
  nav: {
    toggle: 'Mostrar u ocultar la navegación',
    main: 'Principal',
    dashboard: 'Panel',
    customers: 'Clientes',
    locations: 'Ubicaciones',
    schedule: 'Agenda',
    requests: 'Solicitudes',
    waitingList: 'Lista de espera',
    supplies: 'Suministros',
    feedback: 'Opiniones',
    inspections: 'Controles de calidad',
    settings: 'Configuración',
    newCount_one: '{{count}} nueva',
    newCount_other: '{{count}} nuevas',
  },
  userMenu: {
    accountMenu: 'Menú de la cuenta:',
    profile: 'Perfil',
  },
  roles: {
    owner: 'Propietario',
    admin: 'Administrador',
    manager: 'Gerente',
    supervisor: 'Supervisor',
    technician: 'Técnico',
    no_access: 'Sin acceso',
  },
  settings: {
    title: 'Configuración',
    description: 'Cómo funciona Porter para tu empresa y tus clientes.',
    sections: 'Secciones de la configuración',
    company: 'Empresa',
    portal: 'Portal',
    services: 'Servicios',
    requestCategories: 'Categorías de solicitudes',
    staff: 'Personal',
    outbox: 'Bandeja de salida',
    scheduling: 'Programación',
    upgrades: 'Mejoras',
    reminders: 'Recordatorios',
    inspections: 'Controles de calidad',
    field: 'Trabajo de campo',
    payments: 'Pagos',
  },
  errorFallback: {
    title: 'Algo salió mal',
    text: 'Esta página tuvo un problema. Recargarla suele ayudar; lo que ya guardaste está a salvo.',
    reload: 'Recargar la página',
  },
  notFound: {
    title: 'Página no encontrada',
    message: 'Puede que la dirección esté mal escrita o que la página se haya movido.',
    home: 'Ir a la página de inicio',
  },
  detail: {
    notFoundMessage: 'Puede que se haya eliminado o que el enlace esté incompleto.',
    notFound: {
      customer: 'Cliente no encontrado',
      location: 'Ubicación no encontrada',
      request: 'Solicitud no encontrada',
    },
    loadFailed: {
      customer: 'No se pudo cargar este cliente',
      location: 'No se pudo cargar esta ubicación',
      request: 'No se pudo cargar esta solicitud',
    },
  },
  loadError: {
    title: 'No se pudo cargar esta lista',
    tryAgain: 'Inténtalo de nuevo.',
  },
  loading: 'Cargando',
  pagination: {
    showing: 'Mostrando {{from}}–{{to}} de {{total}}',
    label: 'Paginación',
    page: 'Página {{page}}',
  },
  password: {
    toggle: 'Mostrar u ocultar lo que escribiste',
    minLength: 'Al menos {{min}} caracteres',
  },
  files: {
    attachments: 'Archivos adjuntos',
    attach: 'Adjuntar archivos',
    attached: 'Archivos adjuntados',
    uploading: 'Subiendo…',
    ready: 'Listo para enviar',
    kept: 'Sin señal: se guarda en este teléfono y se envía después de guardar',
    remove: 'Quitar {{name}}',
    tooMany: 'Adjunta como máximo {{max}} archivos',
  },
  errors: {
    server: 'Algo salió mal de nuestro lado. Vuelve a intentarlo en un momento.',
  },
  timeZone: {
    noMatch: 'Ninguna zona horaria coincide; prueba con una ciudad, como Madrid',
  },
};
