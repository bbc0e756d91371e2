// A WSGetConfigData answer as a WCF connector writes it, with as many fields as asked and padded
// descriptions up to a size: the input of the parse and form benchmarks.
const TYPES = ['Text', 'Integer', 'Checkbox', 'Password', 'Double', 'Datetime', 'Text', 'Text', 'Label', 'Integer'] as const;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function field(i: number, description: string): string {
  const type = TYPES[i % TYPES.length] as string;
  const def = type === 'Integer' ? '[I:100]' : type === 'Checkbox' ? '[I:1]' : '';
  return (
    `<a:FieldMetadataInfo><a:Access>${i % 7 === 0 ? 'Mandatory' : 'Normal'}</a:Access>` +
    (def ? `<a:DefaultValue>${def}</a:DefaultValue>` : '<a:DefaultValue i:nil="true"/>') +
    `<a:DisplayDescription>${esc(`US:"${description}";NO:"${description}"`)}</a:DisplayDescription>` +
    `<a:DisplayName>${esc(`US:"Field ${i}";NO:"Felt ${i}"`)}</a:DisplayName><a:FieldKey>field${i}</a:FieldKey>` +
    `<a:FieldType>${type}</a:FieldType><a:ListName i:nil="true"/><a:MaxLength>${type === 'Text' ? 100 : 0}</a:MaxLength><a:Rank>${i}</a:Rank></a:FieldMetadataInfo>`
  );
}

export function configDataAnswer(count: number, targetBytes = 0): string {
  const head =
    '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><WSGetConfigDataResponse xmlns="http://www.superoffice.net/EIS/Connector/1.0">' +
    '<WSGetConfigDataResult xmlns:a="http://www.superoffice.net/EIS/Connector/1.0" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' +
    '<a:ErrorCode i:nil="true"/><a:IsOk>true</a:IsOk><a:State>Ok</a:State><a:TechExplanation i:nil="true"/><a:UserExplanation i:nil="true"/><a:FieldMetaDataObjects>';
  const tail = '</a:FieldMetaDataObjects></WSGetConfigDataResult></WSGetConfigDataResponse></s:Body></s:Envelope>';
  const bare = head.length + tail.length + Array.from({ length: count }, (_, i) => field(i, '').length).reduce((a, b) => a + b, 0);
  // Each description appears twice (US and NO): pad so the whole answer reaches the target.
  const pad = Math.max(0, Math.floor((targetBytes - bare) / count / 2));
  const words = 'The ERP company database this field belongs to. '.repeat(Math.ceil(pad / 48) + 1).slice(0, pad);
  return head + Array.from({ length: count }, (_, i) => field(i, words)).join('') + tail;
}
