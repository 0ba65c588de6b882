import { InvalidArgumentError, Option } from 'commander';
import { ENCODINGS, encodingNamed, type Encoding } from '../read/decode.js';

/** `--encoding <name>`: read every input in this encoding instead of detecting it; shared by the commands that read plans. */
export function encodingOption(): Option {
  return new Option('--encoding <name>', `read the inputs in this encoding instead of detecting it: ${ENCODINGS.join(', ')} (gbk and gb2312 read as gb18030)`).argParser(
    (name: string): Encoding => {
      const encoding = encodingNamed(name);
      if (!encoding) throw new InvalidArgumentError(`unknown encoding; choose from ${ENCODINGS.join(', ')}, gbk, gb2312`);
      return encoding;
    },
  );
}
