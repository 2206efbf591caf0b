import type { Translation } from '../../translation.ts';
import type { emails as english } from '../en/emails.ts';

export const emails: Translation<typeof english> = {
  greeting: 'Hola, {{name}}:',
  /** Under a message the office writes to a customer's contact. */
  contactMessage: {
    signature: '—\n{{name}}, {{company}}',
  },
  passwordReset: {
    subjectOffice: 'Elige una contraseña nueva para Porter',
    subjectPortal: 'Elige una contraseña nueva para {{company}}',
    askedOffice: 'Alguien pidió restablecer la contraseña de tu cuenta de oficina de Porter en {{company}}. Para elegir una contraseña nueva, abre este enlace en el plazo de una hora:',
    askedPortal: 'Alguien pidió restablecer la contraseña del portal de clientes de {{company}}. Para elegir una contraseña nueva, abre este enlace en el plazo de una hora:',
    worksOnce: 'El enlace funciona una sola vez. Si no lo pediste, ignora este correo: tu contraseña no cambia.',
  },
  passwordLink: {
    subject: 'Elige una contraseña nueva para Porter',
    sent: '{{sender}} te ha enviado un enlace para elegir una contraseña nueva para tu cuenta de oficina de Porter en {{company}}. Ábrelo en el plazo de una hora:',
    worksOnce: 'El enlace funciona una sola vez. Si no quieres cambiar tu contraseña, ignora este correo.',
  },
  staffInvitation: {
    subject: 'Te han invitado a {{company}} en Porter',
    added: '{{inviter}} te ha añadido a la oficina de {{company}} en Porter como {{role}}.',
    choosePassword: 'Elige tu contraseña aquí (el enlace funciona una sola vez, durante 7 días):',
    afterwards: 'Después, inicia sesión con {{email}} y tu contraseña. Si no esperabas este correo, ignóralo.',
  },
  roles: {
    owner: 'propietario',
    admin: 'administrador',
    manager: 'gerente',
    supervisor: 'supervisor',
    technician: 'técnico',
    no_access: 'persona sin acceso',
  },
  portalInvitation: {
    subject: 'Tu portal de clientes de {{company}}',
    access: '{{company}} te ha dado acceso a su portal de clientes, donde puedes ver y gestionar la limpieza de tus ubicaciones.',
    choosePassword: 'Elige tu contraseña aquí (el enlace funciona una sola vez, durante 7 días):',
    afterwards: 'Después, inicia sesión con {{email}} y tu contraseña.',
    afterwardsWithContact: 'Después, inicia sesión con {{email}} y tu contraseña. ¿Tienes preguntas? Contacta con {{company}}: {{contact}}.',
  },
  emailChange: {
    subject: 'Confirma tu nuevo correo electrónico para {{company}}',
    useAddress: 'Para iniciar sesión con esta dirección en el portal de clientes de {{company}}, abre este enlace en un plazo de 24 horas:',
    notYou: 'Si no lo pediste, ignora este correo: no cambiará nada.',
  },
  request: {
    subject: '[{{reference}}] {{headline}}',
    about: '{{headline}} — tu solicitud {{reference}} ({{subject}}) en {{location}}.',
    requestedAt: 'Enviada el {{time}}.',
    seeIt: 'Ver la solicitud: {{link}}',
    headlines: {
      new: 'Hemos recibido tu solicitud',
      in_progress: 'Tu solicitud está en curso',
      pending_confirmation: 'Confirma que el problema está resuelto',
      resolved: 'Tu solicitud está resuelta',
      closed: 'Tu solicitud se ha cerrado',
      replied: '{{company}} ha respondido',
    },
    pleaseConfirm: 'Creemos que ya está resuelto. Confírmalo, o dinos si no es así.',
  },
  supplyOrder: {
    subject: 'Pedido de suministros {{reference}}: {{status}}',
    nowStatus: 'El estado de tu pedido de suministros {{reference}} para {{location}} es ahora: {{status}}.',
    orderedAt: 'Realizado el {{time}}.',
    noteFrom: 'Una nota de {{company}}:',
    youOrdered: 'Pediste:',
    line: '- {{quantity}} × {{product}} ({{unit}})',
    seeOrders: 'Consulta tus pedidos en el portal: {{link}}',
    statuses: {
      submitted: 'Enviado',
      approved: 'Aprobado',
      delivered: 'Entregado',
      cancelled: 'Cancelado',
    },
  },
  staffNotices: {
    openIt: 'Ábrelo: {{link}}',
    newRequest: {
      title: 'Nueva solicitud {{reference}} de {{customer}} en {{location}}: {{subject}}',
      body: '{{person}} ({{customer}}, {{location}}) ha solicitado {{subject}}:',
    },
    customerReply: {
      title: '{{person}} ha respondido a {{reference}} en {{location}}',
      body: '{{person}} ({{customer}}, {{location}}) ha respondido a {{reference}} ({{subject}}):',
    },
    fixConfirmed: {
      title: '{{reference}}: el cliente ha confirmado que está resuelto',
      body: '{{reference}}: el cliente ha confirmado que está resuelto.',
      comment: 'Confirmado: el problema está resuelto.',
    },
    notFixed: {
      title: '{{reference}}: el cliente dice que no está resuelto',
      body: '{{reference}}: el cliente dice que no está resuelto.',
      comment: 'Aún no está resuelto.',
    },
    assigned: {
      title: '{{assigner}} te ha asignado {{reference}}: {{subject}} en {{location}}',
      body: '{{assigner}} te ha asignado {{reference}} ({{subject}}) de {{customer}} en {{location}}.',
    },
    supplyOrder: {
      title: 'Pedido de suministros {{reference}} de {{customer}} en {{location}}',
      body: '{{person}} ha hecho un pedido para {{location}} ({{customer}}):',
      note: 'Nota: {{note}}',
    },
    chatMessage: {
      title: 'Nuevo mensaje de chat de {{person}} ({{customer}}, {{location}})',
      body: '{{person}} ({{customer}}) escribió en el chat de {{location}}:',
      photo: '(una foto)',
    },
    visitSkipped: {
      title: '{{customer}} omitió una visita en {{location}}: {{service}}, {{when}}',
      body: '{{person}} ({{customer}}) omitió «{{service}}» en {{location}} el {{when}} desde el portal. La visita queda omitida; su serie no cambia.',
    },
    visitProblem: {
      title: '{{person}} señaló un problema en {{location}}: {{service}}, {{when}}',
      body: '{{person}} señaló un problema durante «{{service}}» para {{customer}} en {{location}} ({{when}}):',
    },
    feedback: {
      title: 'Valoración de {{customer}} en {{location}}: {{rating}}',
      body: '{{person}}, de {{customer}}, ha valorado {{location}}: {{rating}} ({{score}} de {{max}}).',
    },
    ratings: {
      '1': 'Muy insatisfecho',
      '2': 'Insatisfecho',
      '3': 'Neutral',
      '4': 'Satisfecho',
      '5': 'Muy satisfecho',
    },
  },
  visitChange: {
    subjects: {
      moved: 'Tu visita del {{date}} tiene nueva hora',
      skipped: 'Tu visita del {{date}} se omite',
      cancelled: 'Tu visita del {{date}} está cancelada',
    },
    moved: 'Tu visita ({{service}}) en {{location}}, prevista para el {{time}}, pasa al {{newTime}}.',
    skipped: 'Omitimos tu visita ({{service}}) en {{location}} del {{time}}: ese día no irá nadie.',
    cancelled: 'Tu visita ({{service}}) en {{location}} del {{time}} está cancelada.',
    reasonFrom: 'El motivo que indica {{company}}:',
    seePortal: 'Tu portal de cliente: {{link}}',
  },
  calendar: {
    name: '{{person}}: visitas para {{company}}',
    summary: '{{service}} – {{customer}}',
    team: 'Equipo: {{team}}',
    notes: 'Notas para el equipo:',
  },
  quote: {
    subject: 'Presupuesto {{number}} de {{company}}: {{title}}',
    sent: '{{company}} te ha enviado el presupuesto {{number}}, «{{title}}», por {{total}}.',
    validUntil: 'Puedes aceptarlo hasta el {{validUntil}}. Lee las condiciones y acéptalo o recházalo en el portal de clientes:',
    seeIt: '{{link}}',
  },
  invoice: {
    subject: 'Factura {{number}} de {{company}}',
    body: 'La factura {{number}} de {{total}} vence el {{dueDate}}.',
    link: 'Consúltala y págala en tu portal de cliente: {{link}}',
  },
};
