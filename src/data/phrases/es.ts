import type { PhraseTable } from './types.js'

/**
 * Spanish page furniture: the es_ES and Latin American strings of WordPress core and its default
 * themes, Jetpack, cookie banners, and the labels of Spanish-language news sites ("Lee también",
 * "Publicidad", "Te puede interesar").
 */
export const es: PhraseTable = {
  'comment-form': {
    lines: [
      'comentarios', 'comentario', '# comentarios', '# comentario', 'comentarios (#)', 'deja una respuesta', 'deja un comentario',
      'dejar un comentario', 'deja tu comentario', 'deja una respuesta cancelar la respuesta', 'responder', 'cancelar la respuesta',
      'cancelar respuesta', 'publicar el comentario', 'publicar comentario', 'enviar comentario', 'añadir comentario',
      'agregar comentario', 'escribe un comentario', 'nombre', 'correo electrónico', 'correo', 'sitio web', 'web',
      'no hay comentarios', 'sin comentarios', 'sé el primero en comentar', 'los comentarios están cerrados', 'ver comentarios',
      'mostrar comentarios', 'inicia sesión para comentar', 'más recientes', 'más antiguos', 'ordenar por',
      'una respuesta a *', '# respuestas a *', '# comentarios en *', 'un comentario en *', 'tu comentario', 'tu nombre',
      'tu correo electrónico',
    ],
    sentences: [
      'tu dirección de correo electrónico no será publicada', 'su dirección de correo electrónico no será publicada',
      'tu dirección de correo no será publicada', 'tu correo electrónico no será publicado',
      'los campos obligatorios están marcados con', 'los campos necesarios están marcados',
      'guarda mi nombre, correo electrónico y web en este navegador', 'guardar mi nombre, correo electrónico y web en este navegador',
      'este sitio usa akismet para reducir el spam', 'este sitio utiliza akismet para reducir el spam',
      'recibir un correo electrónico con los siguientes comentarios', 'avísame por correo electrónico', 'notificarme los nuevos comentarios',
      'debes iniciar sesión para publicar un comentario', 'lo siento, debes estar conectado para publicar un comentario',
    ],
  },
  'cross-link': {
    starts: [
      'lee también', 'lea también', 'leer también', 'te puede interesar', 'te puede gustar', 'también te puede interesar',
      'también te puede gustar', 'quizás te interese', 'quizá te interese', 'puede que te interese', 'le puede interesar',
      'te podría interesar', 'artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'publicaciones relacionadas',
      'relacionado', 'relacionados', 'relacionadas', 'más información', 'leer más', 'sigue leyendo', 'seguir leyendo', 'más noticias',
      'lo más leído', 'lo más visto', 'más leídas', 'más leídos', 'más vistos', 'te recomendamos', 'recomendado', 'recomendados',
      'ver también', 'véase también', 'artículo siguiente', 'artículo anterior', 'entrada siguiente', 'entrada anterior',
      'últimas noticias', 'mira también', 'más sobre', 'lo último', 'no te pierdas', 'entradas recientes',
    ],
  },
  'newsletter-plug': {
    lines: [
      'suscríbete', 'suscribirse', 'suscribirme', 'boletín', 'boletín de noticias', 'newsletter', 'suscríbete al boletín',
      'suscríbete a la newsletter', 'date de alta',
    ],
    starts: [
      'mantente informado', 'mantente al día', 'introduce tu correo electrónico', 'ingresa tu correo electrónico',
      'ingrese su correo electrónico', 'introduce tu email', 'tu correo electrónico', 'directamente en tu bandeja de entrada',
      'directo a tu bandeja de entrada', 'en tu bandeja de entrada',
    ],
    sentences: [
      'suscríbete a nuestro boletín', 'suscríbete a nuestra newsletter', 'suscríbase a nuestro boletín', 'suscríbete a nuestro newsletter',
      'recibe nuestro boletín', 'recibe nuestra newsletter', 'apúntate a nuestra newsletter', 'únete a nuestra newsletter',
      'gracias por suscribirte', 'gracias por suscribirse', 'al suscribirte, aceptas', 'al suscribirte aceptas', 'al suscribirte a * aceptas', 'al suscribirse a * acepta',
      'regístrate para recibir', 'suscríbete para recibir',
    ],
  },
  'donation-plug': {
    lines: [
      'dona', 'donar', 'haz una donación', 'hacer una donación', 'dona ahora', 'apóyanos', 'hazte socio', 'hazte socia',
      'hazte miembro', 'colabora', 'colabora con nosotros',
    ],
    starts: ['haz una donación', 'dona ahora', 'hazte socio', 'hazte miembro', 'colabora con nosotros', 'con tu aporte', 'con tu donación'],
    sentences: [
      'apoya el periodismo independiente', 'apoya nuestro periodismo', 'apoya nuestro trabajo', 'si te gustó este artículo, apoya',
      'si te ha gustado este artículo, apoya', 'si valoras nuestro trabajo', 'necesitamos tu apoyo', 'tu aportación nos ayuda',
    ],
  },
  'social-plug': {
    lines: [
      'compartir', 'compartir:', 'compartir en facebook', 'compartir en twitter', 'compartir en x', 'compartir en linkedin',
      'compartir en whatsapp', 'compartir por correo', 'compartir por email', 'comparte este artículo', 'compartir este artículo',
      'imprimir', 'copiar enlace', 'enlace copiado', 'síguenos', 'me gusta', 'me gusta esto:', 'cargando...', 'cargando…',
      'comparte esto:', 'me gusta cargando...',
    ],
    starts: [
      'síguenos en', 'síguenos:', 'haz clic para compartir en', 'haz clic para enviar', 'haz clic para imprimir',
      'pulsa para compartir en', 'se abre en una ventana nueva', 'comparte esto:', 'compartir en',
    ],
    sentences: ['síguenos en facebook', 'síguenos en twitter', 'síguenos en instagram', 'síguenos en nuestras redes'],
  },
  'image-caption': {
    lines: ['foto', 'fotos', 'imagen', 'imágenes', 'foto de archivo', 'imagen de archivo', 'ampliar imagen', 'ver galería', 'fotogalería'],
    starts: [
      'foto:', 'fotos:', 'imagen:', 'imágenes:', 'fotografía:', 'foto de archivo', 'imagen de archivo', 'foto por', 'crédito:',
      'créditos:', 'crédito de la foto', 'crédito de imagen', 'fuente de la imagen', 'ilustración:', '(foto:', 'imagen ilustrativa',
      'foto ilustrativa', 'foto cortesía', 'imagen cortesía',
    ],
  },
  'breadcrumb': {
    starts: ['estás aquí:', 'usted está aquí:', 'se encuentra en:'],
  },
  'theme-placeholder': {
    lines: [
      '¡hola, mundo!', 'hola, mundo', '¡hola mundo!', 'página de ejemplo', 'sin categoría', 'otro sitio realizado con wordpress',
      'otro sitio más de wordpress', 'funciona gracias a wordpress', 'con la tecnología de wordpress', 'tema por *', 'tema de *',
    ],
    sentences: ['bienvenido a wordpress. esta es tu primera entrada', 'te damos la bienvenida a wordpress. esta es tu primera entrada'],
  },
  'source-credit': {
    starts: [
      'con información de', 'publicado originalmente en', 'artículo original:', 'lee el artículo original',
      'vía:', 'via:',
    ],
    sentences: [
      'este artículo fue publicado originalmente', 'este artículo se publicó originalmente', 'este artículo apareció originalmente',
      'este artículo fue publicado originalmente en', 'este artículo se publicó por primera vez',
    ],
  },
  'legal': {
    lines: [
      'todos los derechos reservados', 'aviso legal', 'política de privacidad', 'política de cookies', 'términos y condiciones',
      'condiciones de uso', 'configuración de cookies', 'configurar cookies', 'aceptar', 'rechazar', 'aceptar todo', 'aceptar todas',
      'rechazar todo', 'rechazar todas', 'aceptar cookies', 'aceptar todas las cookies', 'mapa del sitio', 'mapa web',
      'accesibilidad', 'contacto', 'contáctanos', 'contáctenos', 'quiénes somos', 'sobre nosotros', 'protección de datos',
      'política de privacidad | aviso legal', 'aviso legal | política de privacidad', 'guardar preferencias', 'más opciones',
    ],
    starts: ['aviso legal |', '© #', 'copyright ©', '# ©', '# * todos los derechos reservados'],
    sentences: [
      'todos los derechos reservados', 'utilizamos cookies', 'usamos cookies', 'este sitio web utiliza cookies', 'esta web utiliza cookies',
      'este sitio utiliza cookies', 'esta web usa cookies', 'este sitio web usa cookies', 'si continúa navegando', 'si continúas navegando',
      // on the site, not at sea ('al continuar navegando hacia el sur')
      'al continuar navegando en', 'al continuar navegando por este', 'al continuar navegando acepta', 'al continuar navegando, acepta',
      'queda prohibida la reproducción', 'prohibida su reproducción',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      '¿te resultó útil este artículo?', '¿te ha resultado útil este artículo?', '¿te ha sido útil este artículo?',
      '¿le resultó útil esta página?', '¿te resultó útil esta página?', '¿fue útil este artículo?',
      'gracias por tus comentarios', 'síno',
      // star-rating widget under a post
      '¡haz clic en una estrella para puntuarlo!', 'valora este artículo', 'enviar puntuación',
      // call-to-action buttons
      'comprar ahora', 'prueba gratis', 'pruébalo gratis', 'solicitar una demo', 'solicita una demo',
      'reserva una demo', 'solicita una demostración', 'solicitar una demostración', 'empieza tu prueba gratuita',
      'publicidad', 'anuncio', 'patrocinado', 'contenido patrocinado', 'saltar al contenido', 'ir al contenido',
      'ir al contenido principal', 'menú', 'buscar', 'cerrar', 'volver arriba', 'ir arriba', 'iniciar sesión', 'acceder',
      'registrarse', 'regístrate', 'cerrar sesión', 'mi cuenta', 'escuchar este artículo', 'escuchar noticia',
      'contenido exclusivo para suscriptores', 'exclusivo para suscriptores', '¿ya eres suscriptor?', 'reportar un error',
      'buscar:', 'abrir menú', 'cerrar menú', 'saltar a la navegación',
    ],
    starts: ['¿ya eres suscriptor?', 'para seguir leyendo', 'para continuar leyendo'],
    sentences: [
      'promedio de puntuación # / #. recuento de votos',
      'este artículo es exclusivo para suscriptores', 'este contenido es exclusivo para suscriptores',
      'sigue leyendo tras la publicidad', 'suscríbete para seguir leyendo', 'suscríbete para continuar leyendo',
      'has alcanzado el límite de artículos',
    ],
  },
  'counter': {
    lines: [
      '# comentarios', '# comentario', '# respuestas', '# visitas', '# vistas', '# veces compartido', '# me gusta',
      '# min de lectura', '# minutos de lectura', '# minuto de lectura', 'lectura: # min', 'lectura: # minutos',
      'tiempo de lectura: # min', 'tiempo de lectura: # minutos', 'tiempo de lectura # min', 'tiempo de lectura # minutos',
      '# lecturas', '# compartidos',
    ],
  },
  'trailing-chrome': {
    lines: [
      'comentarios', '# comentarios', 'comentarios (#)', 'deja una respuesta', 'deja un comentario', 'artículos relacionados',
      'noticias relacionadas', 'entradas relacionadas', 'publicaciones relacionadas', 'relacionado', 'relacionados', 'relacionadas',
      'te puede interesar', 'también te puede interesar', 'sobre el autor', 'sobre la autora', 'acerca del autor', 'etiquetas',
      'categorías', 'navegación de entradas', 'entradas recientes', 'lo más leído', 'más noticias', 'lee también', 'temas',
      'una respuesta a *', '# respuestas a *', 'comparte este artículo', 'te recomendamos', 'más leídas',
    ],
    starts: ['etiquetas:', 'categorías:', 'categoría:', 'temas:', 'archivado en:', 'publicado en:'],
  },
  'teaser-list': {
    lines: [
      'artículos relacionados', 'noticias relacionadas', 'entradas relacionadas', 'publicaciones relacionadas', 'relacionado',
      'relacionados', 'relacionadas', 'te puede interesar', 'también te puede interesar', 'entradas recientes', 'lee también',
      'te recomendamos',
    ],
  },
  'table-of-contents': {
    lines: ['índice', 'índice de contenidos', 'tabla de contenidos', 'tabla de contenido', 'contenido', 'contenidos', 'en este artículo', 'en esta página'],
  },
}
