/**
 * Ids the shipped templates had when an id was the source file's name and the essay's place in
 * it, each with the template's id now. A draft keeps the id of the template it was made from, so
 * an old draft still finds its template (its hints and frames).
 */
export const LEGACY_TEMPLATE_IDS: ReadonlyMap<string, string> = new Map([
  ['000-48cffc3fa1bdb9bc-01', 'guanhougan-knvzss'],
  ['000-48cffc3fa1bdb9bc-02', 'guanhougan-zrrjxg'],
  ['000-48cffc3fa1bdb9bc-04', 'guanhougan-tzpzqp'],
  ['001-04829b3290a2a180-02', 'xindetihui-mzxkpw'],
  ['001-04829b3290a2a180-04', 'xindetihui-ymjsxq'],
  ['001-04829b3290a2a180-05', 'xindetihui-yzhsvx'],
  ['001-04829b3290a2a180-08', 'xindetihui-ntjjsy'],
  ['001-04829b3290a2a180-09', 'xindetihui-szhgzt'],
  ['001-04829b3290a2a180-10', 'xindetihui-gstjzz'],
  ['001-04829b3290a2a180-11', 'xindetihui-vmtwkg'],
  ['001-04829b3290a2a180-12', 'xindetihui-tyzjmr'],
  ['001-04829b3290a2a180-13', 'xindetihui-wpnwmw'],
  ['001-04829b3290a2a180-14', 'xindetihui-rsspjm'],
  ['001-04829b3290a2a180-15', 'xindetihui-wmqrtn'],
  ['001-04829b3290a2a180-18', 'xindetihui-gyqppw'],
  ['001-04829b3290a2a180-19', 'xindetihui-jzxvzk'],
  ['001-04829b3290a2a180-20', 'xindetihui-wwpsjr'],
  ['001-04829b3290a2a180-22', 'xindetihui-jtkzvw'],
  ['001-04829b3290a2a180-23', 'xindetihui-wysmyw'],
  ['001-04829b3290a2a180-24', 'xindetihui-mpvvsm'],
  ['001-04829b3290a2a180-26', 'xindetihui-ggmspm'],
  ['001-04829b3290a2a180-27', 'xindetihui-sjsjwm'],
  ['001-04829b3290a2a180-31', 'xindetihui-gghprm'],
  ['002-09ae522cb23edad1-01', 'guanhougan-khhgvp'],
  ['002-09ae522cb23edad1-02', 'guanhougan-ytssqk'],
  ['002-09ae522cb23edad1-03', 'guanhougan-whsnyj'],
  ['002-09ae522cb23edad1-04', 'guanhougan-pytrsk'],
  ['003-2c8ea5206693a9c3-01', 'dangkejianggao-ptxvwv'],
]);
