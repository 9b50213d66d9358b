import { describe, expect, it } from 'vitest'
import { keeps, only, removesInContext } from './noise-helpers.js'

const cleaner = only('image-caption')

describe('image-caption', () => {
  it.each([
    'Photo: Jane Doe/Reuters',
    'Firefighters battle a blaze in the hills above the city on Tuesday. (AP Photo/John Smith)',
    'Foto: dpa/Max Mustermann',
    'Bild: Imago Images',
    'Bildquelle: Stadtarchiv',
    'Crédit photo : Marie Dupont / AFP',
    "Photo d'illustration",
    'Imagen: Europa Press',
    'Foto de archivo',
    'Foto di Mario Rossi',
    'Foto d’archivio',
    'Foto: Divulgação',
    'Reprodução',
    'Foto: ANP',
    'Beeld: Jan Jansen',
    // gallery furniture
    'Click to enlarge',
    'Image 1 of 5',
    'Photo 3 of 10',
  ])('removes %j', (line) => {
    expect(removesInContext(cleaner, line)).toBe(true)
  })

  it.each([
    'The photo, taken in 1969, shows the crew before launch; it was later sold at auction for $12,000.',
    'Foto von der Preisverleihung gibt es keine, weil die Veranstalter das Fotografieren verboten hatten.',
    "La photo, prise en 1969, montre l'équipage avant le lancement ; elle a été vendue aux enchères.",
    'Foto di gruppo non ce ne sono state, perché i leader sono partiti prima della fine del vertice a Bruxelles.',
    'La imagen de la ciudad cambió por completo después de la inundación, según los vecinos del barrio.',
    'Het beeld van de stad is na de overstroming volledig veranderd, zeggen de bewoners van de wijk.',
  ])('keeps prose %j', (line) => {
    expect(keeps(cleaner, line)).toBe(true)
  })
})
