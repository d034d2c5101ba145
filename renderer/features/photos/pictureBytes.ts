/** A file or camera frame as base64, the form the contract carries; read by the browser, not by Node. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('The picture could not be read.'));
    reader.readAsDataURL(blob);
  });
}

/** The types the file chooser offers; main reads these (and refuses others with advice). */
export const acceptedPictureTypes = 'image/jpeg,image/png';
