import type { Translation } from '../../translation.ts';
import type { profile as english } from '../en/profile.ts';

export const profile: Translation<typeof english> = {
  office: {
    title: 'Perfil',
    description: 'Tu cuenta en Porter.',
    details: 'Tus datos',
    detailsHint: 'Un propietario o administrador puede cambiar tu nombre, tu correo electrónico y tu rol.',
    mobileTitle: 'Número de móvil y operador',
    mobileText: 'Para que Porter pueda enviarte mensajes de texto sobre las ubicaciones que tienes asignadas, si eliges recibirlos allí.',
    mobileSaved: 'Tus datos de móvil están actualizados.',
    loadFailed: 'No se pudo cargar tu perfil',
  },
  portal: {
    title: 'Tu cuenta',
    signedInAs: 'Has iniciado sesión como {{name}} ({{email}})',
    readOnly: 'Estás viendo esta cuenta en modo de solo lectura, así que estos formularios están desactivados.',
    details: 'Tus datos',
    email: 'Correo electrónico',
  },
  photo: {
    title: 'Tu foto',
    text: 'Los clientes la ven junto a tu nombre en «Quién está trabajando» mientras tengas la entrada registrada en su local.',
    preview: 'Tu foto',
    none: 'Aún no hay foto: los clientes ven tus iniciales.',
    add: 'Añadir foto',
    replace: 'Cambiar foto',
    remove: 'Quitar foto',
    removeTitle: '¿Quitar tu foto?',
    removeText: 'Los clientes verán tus iniciales en su lugar. Puedes volver a añadir una foto cuando quieras.',
    saved: 'Tu foto está guardada.',
    removed: 'Tu foto se ha quitado.',
    wrongType: 'Elige una imagen JPEG, PNG o WebP.',
    back: 'Mis visitas',
  },
  changePassword: {
    title: 'Cambiar la contraseña',
    submit: 'Cambiar la contraseña',
    doneTitle: 'Contraseña cambiada',
    doneMessage: 'Usa tu nueva contraseña la próxima vez que inicies sesión.',
  },
  account: {
    saved: 'Tus datos están actualizados.',
    statusEmails: 'Avisarme por correo cuando cambie el estado de una de mis solicitudes',
    statusEmailsHint: 'Nuestras respuestas siempre te llegan por correo.',
    save: 'Guardar datos',
  },
  emailChange: {
    intro: 'Inicias sesión con <b>{{email}}</b>. Enviamos un enlace a la nueva dirección; el cambio se aplica cuando lo abres.',
    pending: 'Esperando a que confirmes {{email}}',
    newEmail: 'Nuevo correo electrónico',
    submit: 'Enviar enlace de confirmación',
  },
  language: {
    title: 'Idioma',
    label: 'Idioma de tus páginas y correos',
    automatic: 'Automático',
    hint: 'Automático sigue el idioma de tu navegador o, si no, el de la empresa. Se guarda en tu cuenta: te acompaña en todos tus dispositivos.',
  },
};
