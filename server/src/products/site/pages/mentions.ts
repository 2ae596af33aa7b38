/**
 * Mentions légales, generated: who publishes the site (the candidate), what it collects
 * (nothing: no cookie, no script, no request to a third party — true by construction of the
 * generator), and the status of its content. The host is whoever serves the folder: the page
 * says so rather than inventing one.
 */
import type { SiteContext } from '../context';
import type { PageFrame } from '../layout';
import { h } from './parts';

export function mentionsPage(ctx: SiteContext): PageFrame {
  const s = ctx.synthese;
  const body = '<section aria-labelledby="editeur"><h2 id="editeur">Éditeur du site</h2>'
    + `<p>Ce site est publié par ${h(ctx.owner)}, candidat(e) au ${h(s.subtitle)}, à titre personnel, `
    + 'pour présenter son parcours et ses réalisations professionnelles au jury de l’examen.</p></section>'
    + '<section aria-labelledby="hebergement"><h2 id="hebergement">Hébergement</h2>'
    + '<p>Ce site est un ensemble de pages statiques ; il est hébergé par le service qui le diffuse à l’adresse où vous le consultez '
    + '(serveur de l’établissement, GitHub Pages, GitLab Pages…).</p></section>'
    + '<section aria-labelledby="donnees"><h2 id="donnees">Données personnelles et cookies</h2>'
    + '<p>Ce site ne dépose aucun cookie, n’exécute aucun script, ne mesure pas l’audience et ne charge aucune ressource '
    + 'depuis un service tiers : consulter ces pages ne transmet aucune donnée à l’auteur.</p></section>'
    + '<section aria-labelledby="contenus"><h2 id="contenus">Contenus</h2>'
    + `<p>Les textes et documents sont de ${h(ctx.owner)}, sauf mention contraire ; les intitulés des compétences et `
    + 'les indicateurs de performance sont ceux du référentiel officiel du diplôme. Les organisations citées le sont '
    + 'comme cadre des réalisations.</p></section>'
    + '<section aria-labelledby="accessibilite"><h2 id="accessibilite">Accessibilité</h2>'
    + '<p>Ces pages visent le niveau AA des règles WCAG 2.1 : structure titrée, navigation au clavier, contrastes '
    + 'suffisants en mode clair et sombre, tableaux avec en-têtes et légendes, lisibles sans JavaScript.</p></section>';
  return { file: 'mentions-legales.html', title: 'Mentions légales', body };
}
