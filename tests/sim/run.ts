/**
 * `npm run addin:sim [file.xlsx]`: the built task pane beside a simulated Excel holding the workbook
 * (default: the Quảng Ninh sample), on http://localhost:3001/ (PORT overrides). Other samples:
 * `/?book=nghe-an-2017-chi-tieu.xlsx`; `&width=320&lang=en-US&theme=dark` for the other settings.
 */
import * as path from 'path';
import { ROOT, startSimServer } from './server';

const book = process.argv[2] ? path.resolve(process.argv[2]) : path.join(ROOT, 'assets/samples/quang-ninh-2012-2015-kinh-phi.xlsx');
void startSimServer({ book, host: 'localhost', port: Number(process.env.PORT ?? 3001) }).then(({ url }) => {
  console.log(`Simulated Excel with ${path.basename(book)}: ${url}/`);
});
