import type { Translation } from '../../translation.ts';
import type { portal as english } from '../en/portal.ts';

export const portal: Translation<typeof english> = {
  layout: {
    account: 'Tu cuenta',
    contact: 'Contacto',
    poweredBy: 'Portal de clientes con tecnología de Porter',
    online: '{{company}} en internet',
  },
  social: {
    website: 'Sitio web',
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn',
    x: 'X',
    youtube: 'YouTube',
  },
  offline: {
    title: 'No tienes conexión',
    text: 'Este teléfono no tiene conexión, así que tu portal no puede mostrar tus visitas, solicitudes, mensajes ni facturas, ni enviar nada.',
    next: 'Se abrirá solo en cuanto vuelvas a tener conexión.',
    retry: 'Reintentar',
  },
  notFound: {
    title: 'Portal no encontrado',
    message: 'Ninguna empresa usa esta dirección de portal. Revisa el enlace que te envió tu empresa de limpieza.',
  },
  viewAs: {
    title: 'Estás viendo el portal como {{name}}, solo lectura. Nada de lo que hagas aquí se guarda.',
    by: 'Visto por {{staff}}. Cierra esta pestaña para volver a la oficina.',
  },
  readOnly: 'Estás viendo este portal en modo de solo lectura, así que no se pueden enviar solicitudes ni hacer pedidos.',
  tabs: {
    label: 'Páginas del portal',
    home: 'Inicio',
    requests: 'Solicitudes',
    supplies: 'Suministros',
    feedback: 'Opiniones',
    qualityChecks: 'Calidad',
    more: 'Más',
  },
  back: {
    home: 'Volver a tus ubicaciones',
    requests: 'Todas las solicitudes',
    billing: 'Volver a facturación',
  },
  features: {
    serviceRequests: { label: 'Solicitudes de servicio', text: 'Pide servicios adicionales, con fotos.' },
    elapsedTime: { label: 'Tiempo transcurrido', text: 'Mira cuánto tiempo lleva abierta cada una de tus solicitudes.' },
    supplyRequests: { label: 'Pedidos de suministros', text: 'Pide suministros como toallas de papel y jabón.' },
    feedback: { label: 'Opiniones', text: 'Cuéntanos qué tal lo estamos haciendo, con una valoración y un comentario.' },
    qualityChecks: { label: 'Controles de calidad', text: 'Consulta los informes de inspección con puntuaciones, comentarios y fotos.' },
    whosWorking: { label: 'Quién está trabajando', text: 'Mira quién del equipo está ahora mismo en tu ubicación.' },
    fileStorage: { label: 'Archivos', text: 'Abre los archivos compartidos contigo: imágenes, documentos y vídeos.' },
  },
  unavailable: {
    title: 'No disponible',
    titleAt: 'No disponible en {{location}}',
    text: '«{{feature}}» no está activado aquí. Elige otra ubicación arriba o contacta con {{company}} si lo necesitas.',
  },
  home: {
    pageTitle: 'Inicio',
    welcome: 'Hola, {{name}}',
    intro: 'Aquí tienes todo sobre los lugares que {{company}} cuida para ti.',
    noLocationsTitle: 'Todavía no hay ubicaciones',
    noLocationsText: 'Todavía no hay ubicaciones disponibles en el portal. Contacta con {{company}}.',
    atLocation: 'En {{location}}',
    features: 'Funciones en esta ubicación',
    comingSoon: 'Próximamente',
    nothingSwitchedOn: 'Todavía no hay nada activado para esta ubicación.',
  },
  requests: {
    title: 'Solicitudes de servicio',
    atLocation: 'En {{location}}',
    newRequest: 'Nueva solicitud',
    request: 'Solicitud',
    loadFailed: 'No se pudieron cargar tus solicitudes',
    formLoadFailed: 'No se pudo cargar el formulario',
    sentTitle: 'Solicitud enviada',
    sentMessage: 'Hemos recibido tu solicitud {{reference}} y nos pondremos en contacto contigo.',
  },
  supplies: {
    title: 'Suministros',
    description: 'Pide consumibles para {{location}}. Te lo confirmamos por correo electrónico.',
    loadFailed: 'No se pudo cargar el formulario de pedido',
  },
  feedback: {
    title: 'Opiniones',
    description: 'Cuéntanos qué tal lo estamos haciendo en {{location}}.',
  },
};
