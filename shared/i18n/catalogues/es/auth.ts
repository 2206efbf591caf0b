import type { Translation } from '../../translation.ts';
import type { auth as english } from '../en/auth.ts';

export const auth: Translation<typeof english> = {
  signIn: {
    title: 'Iniciar sesión',
    staffSubtitle: 'Para el personal de oficina y de campo.',
    customersHint: '¿Eres cliente? Usa el enlace al portal que te envió tu empresa de limpieza.',
    forgotPassword: '¿Olvidaste tu contraseña?',
    portalSubtitle: 'Tu portal de clientes de {{company}}.',
    accessRemoved: 'Se te ha retirado el acceso',
    noAccount: '¿Aún no tiene cuenta? {{company}} invita a sus clientes al portal: pídale una invitación.',
    portalUnavailable: 'El portal de clientes de {{company}} no está disponible en este momento.',
  },
  forgotPassword: {
    pageTitle: 'Contraseña olvidada',
    title: '¿Olvidaste tu contraseña?',
    intro: 'Escribe el correo electrónico con el que inicias sesión. Te enviaremos un enlace para elegir una contraseña nueva.',
    submit: 'Enviar enlace',
    sent: 'Revisa tu bandeja de entrada',
    backToSignIn: 'Volver a iniciar sesión',
  },
  resetPassword: {
    title: 'Elige una contraseña nueva',
    requestNewLink: 'Pedir un enlace nuevo',
    submit: 'Guardar la contraseña nueva',
    done: 'Contraseña cambiada',
  },
  password: {
    current: 'Contraseña actual',
    new: 'Contraseña nueva',
    confirm: 'Confirma la contraseña nueva',
    mismatch: 'Las dos contraseñas no coinciden',
  },
  missingToken: {
    title: 'Este enlace está incompleto',
    text: 'Vuelve a abrir el enlace del correo o pide uno nuevo.',
  },
  invitation: {
    staffTitle: 'Te damos la bienvenida a Porter',
    staffSubtitle: 'Elige una contraseña para tu cuenta de oficina. A partir de ahora iniciarás sesión con ella.',
    portalPageTitle: 'Bienvenida',
    portalTitle: 'Te damos la bienvenida a {{company}}',
    portalSubtitle: 'Elige una contraseña para tu portal de clientes. A partir de ahora iniciarás sesión con ella.',
    submit: 'Guardar la contraseña e iniciar sesión',
  },
  confirmEmail: {
    title: 'Confirma tu correo electrónico',
    confirmed: 'Correo electrónico confirmado',
    confirming: 'Confirmando tu nueva dirección…',
  },
};
