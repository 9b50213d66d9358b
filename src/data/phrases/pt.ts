import type { PhraseTable } from './types.js'

/**
 * Portuguese page furniture, Brazilian and European: the pt_BR and pt_PT strings of WordPress core
 * and its default themes, Jetpack, cookie banners (LGPD/GDPR), and the labels of Portuguese-language
 * news sites ("Leia também", "Publicidade", "Foto: Divulgação").
 */
export const pt: PhraseTable = {
  'comment-form': {
    lines: [
      'comentários', 'comentário', '# comentários', '# comentário', 'comentários (#)', 'deixe um comentário', 'deixe uma resposta',
      'deixe seu comentário', 'deixe o seu comentário', 'deixar um comentário', 'deixe uma resposta cancelar resposta', 'responder',
      'cancelar resposta', 'publicar comentário', 'enviar comentário', 'adicionar comentário', 'escreva um comentário', 'comentar',
      'nome', 'e-mail', 'site', 'nenhum comentário', 'sem comentários', 'seja o primeiro a comentar', 'comentários encerrados',
      'os comentários estão encerrados', 'comentários fechados', 'ver comentários', 'mostrar comentários', 'faça login para comentar',
      'mais recentes', 'mais antigos', 'ordenar por', 'uma resposta para *', '# respostas para *', '# comentários em *',
      'um comentário em *', 'seu comentário', 'o seu comentário', 'seu nome', 'seu e-mail',
    ],
    sentences: [
      'o seu endereço de e-mail não será publicado', 'o seu endereço de email não será publicado', 'seu endereço de e-mail não será publicado',
      'seu endereço de email não será publicado', 'o seu e-mail não será publicado', 'seu e-mail não será publicado',
      'campos obrigatórios são marcados com', 'os campos obrigatórios estão assinalados', 'os campos obrigatórios estão marcados',
      'salvar meus dados neste navegador', 'salvar meu nome, email e site neste navegador', 'salvar meu nome, e-mail e site neste navegador',
      'guardar o meu nome, email e site neste navegador', 'guardar o meu nome, e-mail e site neste navegador',
      'este site utiliza o akismet para reduzir spam', 'este site usa o akismet para reduzir spam',
      'notifique-me sobre novos comentários', 'notificar-me de novos comentários', 'notifique-me de novos comentários',
      'você precisa fazer login para publicar um comentário', 'tem de iniciar a sessão para publicar um comentário',
    ],
  },
  'cross-link': {
    starts: [
      'leia também', 'leia mais', 'veja também', 'veja mais', 'saiba mais', 'relacionado', 'relacionados', 'relacionadas',
      'artigos relacionados', 'notícias relacionadas', 'posts relacionados', 'publicações relacionadas', 'matérias relacionadas',
      'você pode gostar', 'você também pode gostar', 'também pode gostar', 'pode também gostar', 'também pode interessar',
      'pode interessar', 'mais lidas', 'mais lidos', 'mais notícias', 'continuar lendo', 'continue lendo', 'continuar a ler',
      'ler mais', 'ler também', 'próximo artigo', 'artigo anterior', 'próximo post', 'post anterior', 'últimas notícias',
      'recomendados', 'em alta', 'mais populares', 'confira também', 'veja a seguir', 'posts recentes', 'artigos recentes',
    ],
  },
  'newsletter-plug': {
    lines: [
      'assine', 'assine já', 'assine a newsletter', 'assine nossa newsletter', 'inscreva-se', 'inscreva-se na newsletter', 'newsletter',
      'cadastre-se', 'subscrever', 'subscreva', 'subscreva a newsletter', 'receba a newsletter',
    ],
    starts: [
      'fique por dentro', 'fique informado', 'fique atualizado', 'digite seu e-mail', 'digite seu email', 'insira seu e-mail',
      'insira seu email', 'introduza o seu email', 'introduza o seu e-mail', 'seu melhor e-mail', 'na sua caixa de entrada',
      'direto na sua caixa de entrada', 'cadastre seu e-mail', 'cadastre seu email',
    ],
    sentences: [
      'assine nossa newsletter', 'assine a nossa newsletter', 'inscreva-se na nossa newsletter', 'inscreva-se em nossa newsletter',
      'receba nossa newsletter', 'receba a nossa newsletter', 'receba as últimas notícias', 'subscreva a nossa newsletter',
      'obrigado por se inscrever', 'obrigado por assinar', 'ao se inscrever, você concorda', 'ao se inscrever em * você concorda', 'ao assinar, você concorda',
    ],
  },
  'donation-plug': {
    lines: [
      'doar', 'faça uma doação', 'doe agora', 'apoie', 'apoie-nos', 'seja membro', 'torne-se membro', 'seja apoiador',
      'seja um apoiador', 'contribua',
    ],
    starts: ['faça uma doação', 'doe agora', 'seja membro', 'torne-se membro', 'seja apoiador', 'seja um apoiador'],
    sentences: [
      'apoie o jornalismo independente', 'apoie nosso jornalismo', 'apoie o nosso jornalismo', 'apoie nosso trabalho',
      'apoie o nosso trabalho', 'se você gostou deste artigo, apoie', 'se gostou deste artigo, apoie', 'se você valoriza nosso trabalho',
      'precisamos do seu apoio', 'precisamos do teu apoio',
    ],
  },
  'social-plug': {
    lines: [
      'compartilhar', 'partilhar', 'compartilhe', 'partilhe', 'compartilhar:', 'partilhar:', 'compartilhe este artigo',
      'partilhe este artigo', 'compartilhar no facebook', 'partilhar no facebook', 'compartilhar no twitter', 'partilhar no twitter',
      'compartilhar no whatsapp', 'partilhar no whatsapp', 'compartilhar no x', 'imprimir', 'copiar link', 'link copiado', 'siga-nos',
      'curtir', 'curtir isso:', 'gosto disto:', 'carregando...', 'carregando…', 'a carregar...', 'a carregar…',
      'compartilhe isso:', 'partilhe isto:', 'compartilhe isto:',
    ],
    starts: [
      'siga-nos no', 'siga-nos nas redes', 'siga-nos em', 'siga-nos:', 'clique para compartilhar no', 'clique para partilhar no',
      'clique para enviar', 'clique para imprimir', 'abre em nova janela', 'abre numa nova janela', 'compartilhe isso:',
      'partilhe isto:', 'compartilhar no', 'partilhar no',
    ],
    sentences: ['siga-nos no instagram', 'siga-nos no facebook', 'siga-nos no twitter', 'siga-nos nas redes sociais'],
  },
  'image-caption': {
    lines: [
      'foto', 'fotos', 'imagem', 'imagens', 'foto de arquivo', 'imagem ilustrativa', 'foto ilustrativa', 'ampliar imagem',
      'ver galeria', 'divulgação', 'reprodução',
    ],
    starts: [
      'foto:', 'fotos:', 'imagem:', 'imagens:', 'crédito:', 'créditos:', 'crédito da foto', 'crédito da imagem', 'foto por',
      'fotografia:', 'ilustração:', '(foto:', 'foto de arquivo', 'imagem ilustrativa', 'foto ilustrativa',
    ],
  },
  'breadcrumb': {
    starts: ['você está aqui:', 'está aqui:', 'você está em:'],
  },
  'theme-placeholder': {
    lines: [
      'olá, mundo!', 'olá mundo!', 'olá, mundo', 'página de exemplo', 'sem categoria', 'só mais um site wordpress',
      'apenas mais um site wordpress', 'orgulhosamente mantido com wordpress', 'desenvolvido com wordpress', 'tema por *',
    ],
    sentences: [
      'boas-vindas ao wordpress. esta é a sua primeira publicação', 'bem-vindo ao wordpress. esse é o seu primeiro post',
      'bem-vindo ao wordpress. este é o seu primeiro artigo',
    ],
  },
  'source-credit': {
    starts: [
      'com informações de', 'com informações da', 'com informações do', 'com informações das',
      'com informações dos', 'publicado originalmente em', 'publicado originalmente no', 'publicado originalmente na',
      'artigo original:', 'leia o artigo original', 'via:',
    ],
    sentences: [
      'este artigo foi publicado originalmente', 'este artigo foi originalmente publicado', 'este texto foi publicado originalmente',
      'esta reportagem foi publicada originalmente', 'este artigo foi republicado',
    ],
  },
  'legal': {
    lines: [
      'todos os direitos reservados', 'política de privacidade', 'política de cookies', 'termos de uso', 'termos e condições',
      'termos de serviço', 'termos de utilização', 'aviso legal', 'aceitar', 'rejeitar', 'aceitar todos', 'rejeitar todos',
      'aceitar cookies', 'aceitar todos os cookies', 'configurações de cookies', 'definições de cookies', 'gerir cookies',
      'gerenciar cookies', 'mapa do site', 'acessibilidade', 'contato', 'contacto', 'fale conosco', 'contacte-nos', 'quem somos',
      'sobre nós', 'expediente', 'política de privacidade | termos de uso', 'termos de uso | política de privacidade',
      'salvar preferências', 'guardar preferências',
    ],
    starts: ['política de privacidade |', '© #', 'copyright ©', '# ©', '# * todos os direitos reservados'],
    sentences: [
      'todos os direitos reservados', 'utilizamos cookies', 'usamos cookies', 'este site utiliza cookies', 'este site usa cookies',
      'este website utiliza cookies', 'ao continuar navegando', 'ao continuar a navegar', 'ao continuar a utilizar este site',
      'é proibida a reprodução', 'proibida a reprodução',
    ],
  },
  'ad-widget': {
    lines: [
      // reader-feedback widget
      'este artigo foi útil?', 'esta página foi útil?', 'este conteúdo foi útil?', 'obrigado pelo seu feedback!',
      'simnão',
      // star-rating widget under a post
      'clique em uma estrela para classificar!', 'avalie este artigo', 'enviar avaliação',
      // call-to-action buttons
      'solicite uma demonstração', 'agende uma demonstração', 'teste grátis', 'experimente grátis',
      // labels, skip links and account furniture
      'publicidade', 'anúncio', 'patrocinado', 'conteúdo patrocinado', 'pular para o conteúdo', 'saltar para o conteúdo',
      'ir para o conteúdo', 'ir para o conteúdo principal', 'buscar', 'pesquisar', 'fechar', 'voltar ao topo', 'entrar', 'cadastrar',
      'sair', 'minha conta', 'a minha conta', 'ouvir este artigo', 'ouça este artigo', 'ouvir notícia', 'continua após a publicidade',
      'continua depois da publicidade', 'continua após o anúncio', 'conteúdo exclusivo para assinantes', 'exclusivo para assinantes',
      'já é assinante?', 'reportar erro', 'pesquisar por:', 'abrir menu', 'fechar menu',
    ],
    starts: ['já é assinante?', 'para continuar lendo', 'para continuar a ler'],
    sentences: [
      'classificação média # / #. contagem de votos',
      'este conteúdo é exclusivo para assinantes', 'esta reportagem é exclusiva para assinantes', 'assine para continuar lendo',
      'assine para ler', 'você atingiu o limite de',
    ],
  },
  'counter': {
    lines: [
      '# comentários', '# comentário', '# respostas', '# visualizações', '# curtidas', '# compartilhamentos', '# partilhas',
      '# min de leitura', '# minutos de leitura', '# minuto de leitura', 'leitura: # min', 'leitura: # minutos',
      'tempo de leitura: # min', 'tempo de leitura: # minutos', 'tempo de leitura # min', 'tempo de leitura # minutos',
      '# leituras', '# visualização',
    ],
  },
  'trailing-chrome': {
    lines: [
      'comentários', '# comentários', 'comentários (#)', 'deixe um comentário', 'deixe uma resposta', 'artigos relacionados',
      'notícias relacionadas', 'posts relacionados', 'publicações relacionadas', 'matérias relacionadas', 'relacionado',
      'relacionados', 'você pode gostar', 'você também pode gostar', 'sobre o autor', 'sobre a autora', 'etiquetas', 'categorias',
      'navegação de posts', 'navegação de artigos', 'navegação de publicações', 'posts recentes', 'mais lidas', 'mais lidos',
      'leia também', 'veja também', 'mais notícias', 'uma resposta para *', '# respostas para *', 'compartilhe este artigo',
      'tags relacionadas',
    ],
    starts: ['tags:', 'etiquetas:', 'categorias:', 'categoria:', 'publicado em:', 'arquivado em:', 'temas:'],
  },
  'teaser-list': {
    lines: [
      'artigos relacionados', 'notícias relacionadas', 'posts relacionados', 'publicações relacionadas', 'matérias relacionadas',
      'relacionado', 'relacionados', 'você pode gostar', 'você também pode gostar', 'posts recentes', 'leia também', 'veja também',
    ],
  },
  'table-of-contents': {
    lines: ['índice', 'sumário', 'conteúdo', 'conteúdos', 'índice de conteúdo', 'neste artigo', 'nesta página', 'tabela de conteúdos'],
  },
}
